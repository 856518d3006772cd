package org.anlan.vessel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.geo.GreatCircle;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typhoon recall (回港避风): an authorised user orders the boats at sea in an area home before a deadline; each
 * is assigned a port or anchorage with room that it reaches in time ({@link ShelterPlanner}). Progress follows
 * the live picture (a boat inside any harbour has returned); boats that do not move are escalated.
 */
@Service
@Order(10)
public class RecallDesk implements PositionObserver {

    /** 指挥长 and fisheries/department officers issue recalls (domain-rules MW-06: 防指 and the fisheries authority). */
    static final Role[] ISSUERS = {Role.ADMIN, Role.COMMANDER, Role.DEPARTMENT_OFFICER};
    private static final double KM_PER_NM = 1.852;
    private static final Duration MAX_HORIZON = Duration.ofDays(7);

    private final Recalls recalls;
    private final Positions positions;
    private final Harbours harbours;
    private final VesselDirectory directory;
    private final AlarmDesk alarms;
    private final AuditTrail audit;
    private final Clock clock;
    private final double detourFactor;
    private final Duration escalateAfter;
    private final double stillKm;

    RecallDesk(Recalls recalls, Positions positions, Harbours harbours, VesselDirectory directory, AlarmDesk alarms,
               AuditTrail audit, Clock clock,
               @Value("${anlan.vessel.recall.detour-factor:1.3}") double detourFactor,
               @Value("${anlan.vessel.recall.escalate-after:PT30M}") Duration escalateAfter,
               @Value("${anlan.vessel.recall.still-km:1.0}") double stillKm) {
        this.recalls = recalls;
        this.positions = positions;
        this.harbours = harbours;
        this.directory = directory;
        this.alarms = alarms;
        this.audit = audit;
        this.clock = clock;
        this.detourFactor = detourFactor;
        this.escalateAfter = escalateAfter;
        this.stillKm = stillKm;
    }

    @Transactional
    public Recall issue(RecallOrder order) {
        CurrentActor.requireRole(ISSUERS);
        Actor actor = CurrentActor.require();
        Instant now = now();
        if (order.title() == null || order.title().isBlank() || order.title().length() > 200) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "title");
        }
        if (order.deadline() == null || !order.deadline().isAfter(now) || order.deadline().isAfter(now.plus(MAX_HORIZON))) {
            throw ApiException.badRequest("RECALL_DEADLINE_INVALID", "error.vessel.recallDeadline");
        }
        if (order.area() == null || order.area().isEmpty() || !order.area().isValid()) {
            throw ApiException.badRequest("RECALL_AREA_INVALID", "error.vessel.recallArea");
        }
        Recall recall = new Recall(UUID.randomUUID(), order.title().trim(), order.area(), order.deadline(), now,
                actor.username(), Recall.Origin.ORDER, null, null);
        List<RecalledVessel> planned = plan(recall.id(), RecallScope.order(order.area(), order.deadline()), now);
        store(recall, planned);
        return recall;
    }

    /** Stores a recall with its boats and audits it, in the caller's transaction. */
    void store(Recall recall, List<RecalledVessel> planned) {
        recalls.insert(recall);
        recalls.insertVessels(planned);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", recall.title());
        after.put("origin", recall.origin().name());
        after.put("deadline", recall.deadline().toString());
        after.put("area", Geometries.toWkt(recall.area()));
        if (recall.typhoon() != null) {
            after.put("track", recall.typhoon().trackId().toString());
            after.put("windLevel", recall.typhoon().windLevel());
            after.put("bufferKm", recall.typhoon().bufferKm());
        }
        after.put("vessels", planned.size());
        after.put("unplaced", planned.stream().filter(v -> v.harbourCode() == null).count());
        audit.record(AuditRecord.of("RECALL_ISSUE", "Recall", recall.id().toString()).changing(null, after));
    }

    /**
     * The registered boats at sea the scope takes, each with its deadline and the shelter the planner gives it: one
     * with room that it reaches in time at its service speed (great-circle distance times the detour factor).
     */
    List<RecalledVessel> plan(UUID recallId, RecallScope scope, Instant now) {
        List<LivePosition> taken = new ArrayList<>();
        List<Instant> deadlines = new ArrayList<>();
        positions.all().stream()
                .filter(LivePosition::atSea)
                .filter(p -> directory.byId(p.vesselId()).isPresent())
                .sorted(Comparator.comparing(LivePosition::vesselId))
                .forEach(p -> scope.deadline(p).ifPresent(deadline -> {
                    taken.add(p);
                    deadlines.add(deadline);
                }));
        List<Harbour> shelters = harbours.all();
        int[] room = freeRoom(shelters);
        List<ShelterPlanner.Boat> boats = new ArrayList<>(taken.size());
        List<double[]> distances = new ArrayList<>(taken.size());
        for (int i = 0; i < taken.size(); i++) {
            LivePosition p = taken.get(i);
            double speedKmh = directory.byId(p.vesselId()).orElseThrow().serviceSpeedKn() * KM_PER_NM;
            long[] seconds = new long[shelters.size()];
            double[] km = new double[shelters.size()];
            for (int s = 0; s < shelters.size(); s++) {
                GeoPoint shelter = shelters.get(s).point();
                km[s] = GreatCircle.distanceKm(new GeoPoint(p.lat(), p.lon()), shelter) * detourFactor;
                long travel = Math.round(km[s] / speedKmh * 3600);
                seconds[s] = scope.reachesInTime(p, shelter, now, travel, deadlines.get(i)) ? travel : ShelterPlanner.UNREACHABLE;
            }
            boats.add(new ShelterPlanner.Boat(seconds));
            distances.add(km);
        }
        int[] assigned = ShelterPlanner.assign(boats, room);
        List<RecalledVessel> result = new ArrayList<>(taken.size());
        for (int i = 0; i < taken.size(); i++) {
            LivePosition p = taken.get(i);
            int s = assigned[i];
            String township = directory.byId(p.vesselId()).orElseThrow().townshipCode();
            RecalledVessel.Unplaced unplaced = s >= 0 ? null
                    : boats.get(i).reachesAny() ? RecalledVessel.Unplaced.NO_ROOM : RecalledVessel.Unplaced.TOO_LATE;
            result.add(new RecalledVessel(recallId, p.vesselId(), township, deadlines.get(i),
                    s < 0 ? null : shelters.get(s).code(), unplaced, s < 0 ? null : round(distances.get(i)[s]),
                    s < 0 ? null : now.plusSeconds(boats.get(i).secondsTo()[s]), RecalledVessel.RecallStatus.ORDERED,
                    null, null, p.lat(), p.lon(), 0, null));
        }
        return result;
    }

    /** Capacity less the boats lying in the shelter now and the places promised to boats of other recalls. */
    private int[] freeRoom(List<Harbour> shelters) {
        Map<String, Long> lying = positions.all().stream().filter(p -> p.harbourCode() != null)
                .collect(Collectors.groupingBy(LivePosition::harbourCode, Collectors.counting()));
        Map<String, Integer> promised = recalls.promisedRoom();
        int[] room = new int[shelters.size()];
        for (int s = 0; s < shelters.size(); s++) {
            String code = shelters.get(s).code();
            room[s] = (int) Math.max(0, shelters.get(s).capacity() - lying.getOrDefault(code, 0L)
                    - promised.getOrDefault(code, 0));
        }
        return room;
    }

    @Transactional(readOnly = true)
    public List<Recall> recalls() {
        CurrentActor.require();
        return recalls.all();
    }

    @Transactional(readOnly = true)
    public Recall recall(UUID id) {
        CurrentActor.require();
        return recalls.byId(id).orElseThrow(() -> unknown(id));
    }

    /** The boats of a recall; a township-bound user sees those of their own township. */
    @Transactional(readOnly = true)
    public List<RecalledVessel> vessels(UUID recallId) {
        recall(recallId);
        Actor actor = CurrentActor.require();
        return recalls.vessels(recallId).stream()
                .filter(v -> actor.mayAccessTownship(v.townshipCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RecallProgress progress(UUID recallId) {
        List<RecalledVessel> vessels = vessels(recallId);
        return new RecallProgress(RecallProgress.Counts.of(vessels), rows(vessels, RecalledVessel::townshipCode),
                rows(vessels, RecalledVessel::harbourCode));
    }

    private static List<RecallProgress.Row> rows(List<RecalledVessel> vessels,
                                                 java.util.function.Function<RecalledVessel, String> key) {
        Map<String, List<RecalledVessel>> groups = new java.util.TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (RecalledVessel v : vessels) {
            groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        return groups.entrySet().stream()
                .map(e -> new RecallProgress.Row(e.getKey(), RecallProgress.Counts.of(e.getValue()))).toList();
    }

    /** The boat (its skipper, by radio or phone) has confirmed the order. */
    @Transactional
    public RecalledVessel acknowledge(UUID recallId, UUID vesselId) {
        CurrentActor.requireRole(VesselRegistry.MANAGERS);
        Recall recall = recalls.byId(recallId).orElseThrow(() -> unknown(recallId));
        RecalledVessel before = recalls.vessel(recallId, vesselId)
                .orElseThrow(() -> ApiException.notFound("RECALL_VESSEL_UNKNOWN", "error.vessel.recallVesselUnknown", vesselId));
        CurrentActor.requireTownshipAccess(before.townshipCode());
        if (!recall.active()) {
            throw ApiException.conflict("RECALL_LIFTED", "error.vessel.recallLifted");
        }
        if (before.status() != RecalledVessel.RecallStatus.ORDERED) {
            return before;
        }
        recalls.acknowledge(recallId, vesselId, now());
        audit.record(AuditRecord.of("RECALL_ACKNOWLEDGE", "Recall", recallId.toString())
                .inTownship(before.townshipCode())
                .changing(Map.of("vessel", vesselId.toString(), "status", before.status().name()),
                        Map.of("vessel", vesselId.toString(), "status", "ACKNOWLEDGED")));
        return recalls.vessel(recallId, vesselId).orElseThrow();
    }

    @Transactional
    public Recall lift(UUID recallId) {
        CurrentActor.requireRole(ISSUERS);
        Recall recall = recalls.byIdForUpdate(recallId).orElseThrow(() -> unknown(recallId));
        if (!recall.active()) {
            return recall;
        }
        recalls.lift(recallId, now());
        audit.record(AuditRecord.of("RECALL_LIFT", "Recall", recallId.toString())
                .changing(Map.of("active", true), Map.of("active", false)));
        return recalls.byId(recallId).orElseThrow();
    }

    /** A recalled boat seen inside any port or anchorage has returned. */
    @Override
    public void observed(List<LocatedFix> fixes) {
        Map<UUID, Instant> firstInHarbour = new java.util.HashMap<>();
        for (LocatedFix fix : fixes) {
            if (!fix.position().atSea()) {
                firstInHarbour.merge(fix.vessel().id(), fix.position().fixedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (UUID vessel : recalls.onTheirWay(List.copyOf(firstInHarbour.keySet()))) {
            recalls.markReturned(vessel, firstInHarbour.get(vessel));
        }
    }

    boolean inActiveRecall(UUID vesselId) {
        return recalls.inActiveRecall(vesselId);
    }

    /**
     * Escalation for boats that do not move: a boat still within {@code still-km} of where the order found it
     * is escalated one level per {@code escalate-after} since the order; from level 2 on the alarm is serious
     * (an incident for the duty desk). Runs every minute; tests call it after moving the clock.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${anlan.vessel.recall.escalation-check:PT1M}")
    @Transactional
    public int escalate() {
        Instant now = now();
        int escalated = 0;
        Map<UUID, Recall> active = new java.util.HashMap<>();
        for (RecalledVessel v : recalls.activeAtSea()) {
            Recall recall = active.computeIfAbsent(v.recallId(), id -> recalls.byId(id).orElseThrow());
            long intervals = Duration.between(recall.issuedAt(), now).toSeconds() / Math.max(1, escalateAfter.toSeconds());
            if (intervals <= v.escalationLevel()) {
                continue;
            }
            LivePosition p = positions.of(v.vesselId()).orElse(null);
            if (p == null) {
                continue;
            }
            double moved = GreatCircle.distanceKm(new GeoPoint(v.startLat(), v.startLon()), new GeoPoint(p.lat(), p.lon()));
            if (moved >= stillKm) {
                continue;
            }
            int level = v.escalationLevel() + 1;
            recalls.escalate(v.recallId(), v.vesselId(), level, now);
            alarms.raise(new VesselAlarm(UUID.randomUUID(), "recall:" + v.recallId() + ":" + v.vesselId() + ":" + level,
                    v.vesselId(), VesselAlarm.AlarmKind.RECALL_ESCALATION, null, now, p.lat(), p.lon(), level >= 2,
                    String.valueOf(level), v.townshipCode(), null, null));
            escalated++;
        }
        return escalated;
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("RECALL_UNKNOWN", "error.vessel.recallUnknown", id);
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
