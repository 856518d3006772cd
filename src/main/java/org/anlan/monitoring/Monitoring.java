package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The monitoring module's API: stations and their live values, observation ingest (HTTP and files; MQTT goes
 * through {@link MqttIngestion}), rolling rainfall per station and township, the versioned threshold rules and the
 * official signals of the meteorological office.
 */
@Service
public class Monitoring {

    public static final int MAX_BATCH = 10_000;
    static final Role[] RULE_EDITORS = {Role.ADMIN, Role.COMMANDER, Role.DEPARTMENT_OFFICER};
    static final Role[] SIGNAL_IMPORTERS = {Role.ADMIN, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER};
    static final Role[] STATION_EDITORS = {Role.ADMIN, Role.DEPARTMENT_OFFICER};
    private static final Pattern STATION_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    /** One bar of a station chart: the amount (or the latest value) of an hour ending at {@code hourEnd}. */
    public record HourValue(Instant hourEnd, BigDecimal value) {
    }

    public record SignalDraft(String sourceRef, String hazard, String level, List<String> townshipCodes, String issuer,
                              Instant issuedAt, Instant expiresAt) {
    }

    private final LiveObservations live;
    private final ObservationWriter writer;
    private final Stations stations;
    private final Observations observations;
    private final RuleSets ruleSets;
    private final OfficialSignals signals;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Monitoring(LiveObservations live, ObservationWriter writer, Stations stations, Observations observations,
               RuleSets ruleSets, OfficialSignals signals, CountyGeography county, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.live = live;
        this.writer = writer;
        this.stations = stations;
        this.observations = observations;
        this.ruleSets = ruleSets;
        this.signals = signals;
        this.county = county;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every station with its current sums, latest value and levels, as of now (windows slid to the clock). */
    public List<ObservationEngine.StationView> stations() {
        ObservationEngine engine = live.engine();
        engine.advanceTo(clock.instant());
        return engine.views().stream().sorted(Comparator.comparing(v -> v.station().id())).toList();
    }

    public Optional<ObservationEngine.StationView> station(String id) {
        ObservationEngine engine = live.engine();
        engine.advanceTo(clock.instant());
        return engine.view(id);
    }

    /**
     * Ingests a batch (JSON or CSV) from the API or a file: valid readings are stored (duplicates of station + time
     * skipped), invalid ones come back with their reasons. Returns once the stored readings are durable. A township
     * officer may send readings of their own township's stations only.
     */
    public IngestReport ingest(String body, ObservationSource source) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("OBSERVATIONS_EMPTY", "error.monitoring.empty");
        }
        List<RawReading> raws = ObservationFormat.parse(body, null, MAX_BATCH);
        ReadingCheck.Checked checked = new ReadingCheck(live::station, clock).checkAll(raws, null);
        checked.townships().forEach(CurrentActor::requireTownshipAccess);
        Actor actor = CurrentActor.find().orElse(null);
        ObservationWriter.Sender sender = new ObservationWriter.Sender(
                actor == null ? AuditTrail.SYSTEM_ACTOR : actor.username(), actor == null ? "SYSTEM" : actor.role().name(),
                AuditTrail.clientAddress());
        ObservationWriter.Stored stored = await(writer.submit(checked.readings(), source, sender));
        return new IngestReport(raws.size(), stored.stored(), stored.duplicates(), checked.rejected());
    }

    /** Ingests one MQTT message of a station's topic; completes when its readings are durable. */
    CompletableFuture<IngestReport> ingestTopic(StationKind kind, String stationId, String payload, int maxReadings) {
        List<RawReading> raws = ObservationFormat.parse(payload, stationId, maxReadings);
        ReadingCheck.Checked checked = new ReadingCheck(live::station, clock).checkAll(raws, kind);
        return writer.submit(checked.readings(), ObservationSource.MQTT, null).thenApply(stored ->
                new IngestReport(raws.size(), stored.stored(), stored.duplicates(), checked.rejected()));
    }

    /** Readings stored since start over every channel. */
    public long storedSinceStart() {
        return writer.storedTotal();
    }

    /** Rolling rainfall of every township, or of one. */
    public List<TownshipRainfall> rainfall(String townshipCode) {
        if (townshipCode != null && !county.exists(townshipCode)) {
            throw ApiException.notFound("TOWNSHIP_UNKNOWN", "error.township.unknown", townshipCode);
        }
        Map<String, List<ObservationEngine.StationView>> gauges = new LinkedHashMap<>();
        for (ObservationEngine.StationView view : stations()) {
            if (view.station().kind() == StationKind.RAIN_GAUGE) {
                gauges.computeIfAbsent(view.station().townshipCode(), k -> new ArrayList<>()).add(view);
            }
        }
        List<TownshipRainfall> result = new ArrayList<>();
        for (Township township : county.townships()) {
            if (townshipCode != null && !township.code().equals(townshipCode)) {
                continue;
            }
            List<ObservationEngine.StationView> of = gauges.getOrDefault(township.code(), List.of());
            List<BigDecimal> windows = new ArrayList<>();
            List<String> wettest = new ArrayList<>();
            for (int w = 0; w < RollingSums.WINDOW_MINUTES.length; w++) {
                int window = w;
                Optional<ObservationEngine.StationView> max = of.stream().max(Comparator.comparingLong(v -> v.sums()[window]));
                windows.add(BigDecimal.valueOf(max.map(v -> v.sums()[window]).orElse(0L), Reading.SCALE));
                wettest.add(max.filter(v -> v.sums()[window] > 0).map(v -> v.station().id()).orElse(null));
            }
            Level level = of.stream().map(v -> v.levels().getOrDefault(Hazard.RAINSTORM, Level.NONE))
                    .max(Enum::compareTo).orElse(Level.NONE);
            result.add(new TownshipRainfall(township.code(), township.name(), of.size(), windows, wettest, level));
        }
        return result;
    }

    /** Hourly amounts (accumulating kinds) or hourly latest values of a station over the last hours, oldest first. */
    public List<HourValue> hourly(String stationId, int hours) {
        Station station = Optional.ofNullable(live.station(stationId)).orElseThrow(() ->
                ApiException.notFound("STATION_UNKNOWN", "error.monitoring.station.unknown", stationId));
        int span = Math.max(1, Math.min(hours, 72));
        Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = end.minus(Duration.ofHours(span));
        long[] perHour = new long[span];
        boolean[] seen = new boolean[span];
        for (Reading r : observations.ofStation(stationId, start, end)) {
            int bucket = (int) Duration.between(start, r.observedAt()).minusNanos(1).toHours();
            if (bucket < 0 || bucket >= span) {
                continue;
            }
            perHour[bucket] = station.kind().accumulating() ? perHour[bucket] + r.centi() : r.centi();
            seen[bucket] = true;
        }
        List<HourValue> values = new ArrayList<>(span);
        for (int i = 0; i < span; i++) {
            values.add(new HourValue(start.plus(Duration.ofHours(i + 1)),
                    seen[i] || station.kind().accumulating() ? BigDecimal.valueOf(perHour[i], Reading.SCALE) : null));
        }
        return values;
    }

    @Transactional
    public Station createStation(String id, String name, StationKind kind, double lat, double lon) {
        CurrentActor.requireRole(STATION_EDITORS);
        if (id == null || !STATION_ID.matcher(id).matches()) {
            throw ApiException.badRequest("STATION_ID_INVALID", "error.monitoring.station.id", String.valueOf(id));
        }
        if (name == null || name.isBlank() || name.length() > 100 || kind == null) {
            throw ApiException.badRequest("STATION_INVALID", "error.monitoring.station.invalid");
        }
        GeoPoint location;
        try {
            location = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
        Station station = new Station(id, name.trim(), kind, location, county.locate(location).code());
        if (!stations.insertIfAbsent(station, clock.instant())) {
            throw ApiException.conflict("STATION_DUPLICATE", "error.monitoring.station.duplicate", id);
        }
        audit.record(AuditRecord.of("STATION_CREATE", "Station", id).inTownship(station.townshipCode())
                .changing(null, Map.of("name", station.name(), "kind", kind.name(), "township", station.townshipCode())));
        afterCommit(() -> live.added(station));
        return station;
    }

    public RuleSet rules() {
        return live.engine().rules();
    }

    @Transactional(readOnly = true)
    public List<RuleSet> ruleHistory() {
        return ruleSets.history();
    }

    @Transactional(readOnly = true)
    public Optional<RuleSet> ruleVersion(int version) {
        return ruleSets.version(version);
    }

    /** A new version of the rules; it takes effect for the next readings once committed (levels re-graded silently). */
    @Transactional
    public RuleSet updateRules(List<ThresholdRule> rules, String note) {
        CurrentActor.requireRole(RULE_EDITORS);
        RuleSet.check(rules);
        ruleSets.lock();
        RuleSet before = ruleSets.current().orElseThrow();
        Actor actor = CurrentActor.require();
        RuleSet next = new RuleSet(before.version() + 1, rules, note == null ? null : note.strip(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor.username());
        ruleSets.insertIfAbsent(next);
        audit.record(AuditRecord.of("MONITORING_RULES_UPDATE", "RuleSet", String.valueOf(next.version()))
                .changing(Map.of("version", before.version(), "rules", before.rules()),
                        Map.of("version", next.version(), "rules", next.rules())));
        afterCommit(() -> live.engine().replaceRules(next));
        return next;
    }

    /**
     * Imports a signal issued by the meteorological office: stored once per source reference (a repeat returns
     * the stored one), audited, and published as an official {@link ThresholdCrossed} for its townships.
     */
    @Transactional
    public OfficialSignal importSignal(SignalDraft draft) {
        CurrentActor.requireRole(SIGNAL_IMPORTERS);
        if (draft == null || draft.sourceRef() == null || draft.sourceRef().isBlank() || draft.sourceRef().length() > 200
                || draft.issuedAt() == null || draft.issuer() == null || draft.issuer().isBlank()) {
            throw ApiException.badRequest("SIGNAL_INVALID", "error.monitoring.signal.incomplete");
        }
        Hazard hazard = parse(Hazard.class, draft.hazard(), "hazard");
        Level level = parse(Level.class, draft.level(), "level");
        if (level == Level.NONE) {
            throw ApiException.badRequest("SIGNAL_INVALID", "error.monitoring.signal.value", "level", "NONE");
        }
        List<String> townships = draft.townshipCodes() == null || draft.townshipCodes().isEmpty()
                ? county.townships().stream().map(Township::code).toList()
                : draft.townshipCodes().stream().distinct().toList();
        for (String code : townships) {
            if (!county.exists(code)) {
                throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", code);
            }
        }
        if (draft.expiresAt() != null && !draft.expiresAt().isAfter(draft.issuedAt())) {
            throw ApiException.badRequest("SIGNAL_INVALID", "error.monitoring.signal.expiry");
        }
        Optional<OfficialSignal> known = signals.bySourceRef(draft.sourceRef().strip());
        if (known.isPresent()) {
            return known.get();
        }
        Actor actor = CurrentActor.require();
        OfficialSignal signal = new OfficialSignal(UUID.randomUUID(), draft.sourceRef().strip(), hazard, level, townships,
                draft.issuer().strip(), draft.issuedAt().truncatedTo(ChronoUnit.MICROS),
                draft.expiresAt() == null ? null : draft.expiresAt().truncatedTo(ChronoUnit.MICROS),
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor.username());
        signals.insertIfAbsent(signal);
        audit.record(AuditRecord.of("OFFICIAL_SIGNAL_IMPORT", "OfficialSignal", signal.id().toString())
                .changing(null, Map.of("sourceRef", signal.sourceRef(), "hazard", hazard.name(), "level", level.name(),
                        "townships", townships, "issuer", signal.issuer())));
        events.publishEvent(new ThresholdCrossed("official:" + signal.sourceRef(), 0, hazard.name(), level.name(),
                townships, null, null, null, null, signal.issuedAt(), true, null));
        return signal;
    }

    @Transactional(readOnly = true)
    public List<OfficialSignal> signals() {
        return signals.recent(100);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("SIGNAL_INVALID", "error.monitoring.signal.value", field, String.valueOf(text));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "OBSERVATIONS_BUSY", "error.monitoring.busy");
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "OBSERVATIONS_BUSY", "error.monitoring.busy");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Storing observations failed", e.getCause());
        }
    }
}
