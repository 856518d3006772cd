package org.anlan.vessel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.Alarm;
import org.anlan.vessel.stream.CollisionAlarm;
import org.anlan.vessel.stream.FenceAlarm;
import org.anlan.vessel.stream.PipelineListener;
import org.anlan.vessel.stream.PipelineSettings;
import org.anlan.vessel.stream.Position;
import org.anlan.vessel.stream.PositionPipeline;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-process runner of the position pipeline (decode → de-duplicate → fence check → collision watch, module
 * {@code vessel.stream}) for every source: AIS lines from TCP, UDP and files, Beidou reports over HTTP. Fixes that
 * pass de-duplication go to the live picture; the pipeline's de-bounced alarms become vessel alarms. AIS lines
 * are buffered and stored in batches ({@link #flush()}, at the latest every second); Beidou batches at once.
 *
 * <p>The pipeline keys vessels by MMSI. A Beidou-only vessel gets a process-local key below 100,000,000 (the
 * range of coast-station and group MMSIs, which send no position reports), assigned once and never reused.
 */
@Service
public class PositionIntake {

    private static final long FIRST_BEIDOU_KEY = 1;
    private static final int MAX_BUFFER = 2000;

    private final LivePicture live;
    private final AlarmDesk alarms;
    private final FenceBook fenceBook;
    private final VesselDirectory directory;
    private final Clock clock;
    private final PositionPipeline pipeline;
    private final Map<String, Long> beidouKeys = new ConcurrentHashMap<>();
    private final Map<Long, String> terminalsByKey = new ConcurrentHashMap<>();
    /** A Beidou fix keyed by its vessel's MMSI: the terminal it came from, so the live picture credits Beidou. */
    private final Map<Long, String> beidouSources = new ConcurrentHashMap<>();
    private final AtomicLong nextBeidouKey = new AtomicLong(FIRST_BEIDOU_KEY);
    private final List<PositionFix> pendingFixes = new ArrayList<>();
    private final List<Alarm> pendingAlarms = new ArrayList<>();
    private volatile boolean fencesLoaded;
    /** Set in {@code anlan.vessel.stream.mode=kafka}: AIS lines go to the topology instead of the pipeline here. */
    private volatile KafkaVesselStream kafka;

    PositionIntake(LivePicture live, AlarmDesk alarms, FenceBook fenceBook, VesselDirectory directory, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${anlan.vessel.stream.mode:in-process}") String mode) {
        if (!mode.equals("in-process") && !mode.equals("kafka")) {
            throw new IllegalStateException("anlan.vessel.stream.mode must be in-process or kafka, not " + mode);
        }
        this.live = live;
        this.alarms = alarms;
        this.fenceBook = fenceBook;
        this.directory = directory;
        this.clock = clock;
        this.pipeline = new PositionPipeline(FenceSet.empty(), this::kindOf, PipelineSettings.DEFAULTS,
                new PipelineListener() {
                    @Override
                    public void position(Position position) {
                        pendingFixes.add(toFix(position));
                    }
                });
    }

    /** One NMEA line received now; stored with the next flush. */
    public void acceptAisLine(String line) {
        acceptAisLine("feed", line, Instant.now(clock));
    }

    /** One NMEA line received now from the feed {@code source} (multi-sentence messages reassemble per source). */
    public void acceptAisLine(String source, String line) {
        acceptAisLine(source, line, Instant.now(clock));
    }

    public void acceptAisLine(String line, Instant receivedAt) {
        acceptAisLine("replay", line, receivedAt);
    }

    private void acceptAisLine(String source, String line, Instant receivedAt) {
        KafkaVesselStream topology = kafka;
        if (topology != null) {
            topology.send(source, line, receivedAt);
            return;
        }
        boolean full;
        synchronized (pipeline) {
            loadFencesOnce();
            pendingAlarms.addAll(pipeline.acceptSentence(line, receivedAt));
            full = pendingFixes.size() >= MAX_BUFFER;
        }
        if (full) {
            flush();
        }
    }

    /**
     * Fixes from Beidou terminals (or any source keyed by terminal id), stored before returning. The fixes are
     * taken out of the shared buffer under the same lock that produced them, so the scheduled flush cannot store
     * them in its own transaction meanwhile; returns how many belong to registered vessels.
     */
    @Transactional
    public int accept(List<PositionFix> fixes) {
        List<PositionFix> earlier;
        List<PositionFix> mine;
        List<Alarm> raised;
        synchronized (pipeline) {
            loadFencesOnce();
            int before = pendingFixes.size();
            for (PositionFix fix : fixes) {
                long key = fix.source() == TerminalKind.AIS ? fix.mmsi() : beidouKey(fix.beidouTerminal());
                if (fix.source() == TerminalKind.BEIDOU && !terminalsByKey.containsKey(key)) {
                    beidouSources.put(key, fix.beidouTerminal());
                }
                pendingAlarms.addAll(pipeline.accept(new Position(key, fix.at(), fix.lat(), fix.lon(),
                        fix.sog() == null ? Double.NaN : Math.min(fix.sog(), 102.2),
                        fix.cog() == null ? Double.NaN : fix.cog(),
                        fix.source() == TerminalKind.AIS ? Position.Source.AIS : Position.Source.BEIDOU)));
            }
            earlier = List.copyOf(pendingFixes.subList(0, before));
            mine = List.copyOf(pendingFixes.subList(before, pendingFixes.size()));
            raised = takePendingAlarms();
            pendingFixes.clear();
        }
        live.accept(earlier);
        return storeFixes(mine, raised);
    }

    /** Stores the buffered fixes and alarms in one transaction; returns the fixes of registered vessels. */
    @Scheduled(fixedDelayString = "${anlan.vessel.intake.flush:PT1S}")
    @Transactional
    public int flush() {
        List<PositionFix> fixes;
        List<Alarm> raised;
        synchronized (pipeline) {
            if (pendingFixes.isEmpty() && pendingAlarms.isEmpty()) {
                return 0;
            }
            fixes = List.copyOf(pendingFixes);
            raised = takePendingAlarms();
            pendingFixes.clear();
        }
        return storeFixes(fixes, raised);
    }

    /** Called holding the pipeline's lock. */
    private List<Alarm> takePendingAlarms() {
        List<Alarm> raised = List.copyOf(pendingAlarms);
        pendingAlarms.clear();
        return raised;
    }

    private int storeFixes(List<PositionFix> fixes, List<Alarm> raised) {
        int stored = live.accept(fixes);
        raised.forEach(this::raise);
        return stored;
    }

    /** The Kafka topology's fresh fixes and alarms (mode kafka), stored like the in-process pipeline's. */
    void store(List<Position> fixes, List<Alarm> raised) {
        synchronized (pipeline) {
            fixes.forEach(fix -> pendingFixes.add(toFix(fix)));
            pendingAlarms.addAll(raised);
        }
        flush();
    }

    /** Hands AIS lines to the Kafka topology from now on (null: back to the in-process pipeline). */
    void runOn(KafkaVesselStream topology) {
        if (topology != null) {
            topology.useFences(activeFenceSet());
        }
        kafka = topology;
    }

    public org.anlan.vessel.stream.PipelineCounts counts() {
        synchronized (pipeline) {
            return pipeline.counts();
        }
    }

    /** A fence was drawn, imported or switched: the pipeline indexes the active set after the commit. */
    @TransactionalEventListener
    void fencesChanged(FenceBook.FencesChanged event) {
        reloadFences();
    }

    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void started() {
        reloadFences();
    }

    void reloadFences() {
        FenceSet fences = activeFenceSet();
        KafkaVesselStream topology = kafka;
        if (topology != null) {
            topology.useFences(fences);
        }
        synchronized (pipeline) {
            pipeline.replaceFences(fences);
            fencesLoaded = true;
        }
    }

    private FenceSet activeFenceSet() {
        return FenceSet.of(fenceBook.activeFences().stream().map(FenceDefinition::toFence).toList());
    }

    private void loadFencesOnce() {
        if (!fencesLoaded) {
            pipeline.replaceFences(activeFenceSet());
            fencesLoaded = true;
        }
    }

    /** The last fixes the caller may see, compact for the map: id, lat, lon, sog, cog, state, kind, township. */
    @Transactional(readOnly = true)
    public List<Object[]> visiblePositions() {
        Actor actor = CurrentActor.require();
        List<Object[]> rows = new ArrayList<>();
        for (LivePosition p : live.positions()) {
            Optional<VesselDirectory.Entry> vessel = directory.byId(p.vesselId());
            if (vessel.isEmpty() || !actor.mayAccessTownship(vessel.get().townshipCode())) {
                continue;
            }
            String state = p.lostContactSince() != null ? "LOST" : p.atSea() ? "AT_SEA" : "IN_PORT";
            rows.add(new Object[] {p.vesselId(), p.lat(), p.lon(), p.sog(), p.cog(), state, vessel.get().kind().name(),
                    vessel.get().name()});
        }
        return rows;
    }

    private void raise(Alarm alarm) {
        Optional<VesselDirectory.Entry> vessel = vesselOf(alarm instanceof FenceAlarm f ? f.mmsi() : ((CollisionAlarm) alarm).mmsi());
        if (vessel.isEmpty()) {
            return;
        }
        UUID vesselId = vessel.get().id();
        if (alarm instanceof FenceAlarm f) {
            VesselAlarm.AlarmKind kind = switch (f.type()) {
                case ENTER -> VesselAlarm.AlarmKind.FENCE_ENTERED;
                case EXIT -> VesselAlarm.AlarmKind.FENCE_EXITED;
                case VIOLATION -> VesselAlarm.AlarmKind.FENCE_VIOLATION;
            };
            boolean serious = f.fence().kind() == org.anlan.vessel.fence.FenceKind.DANGEROUS
                    && f.type() != FenceAlarm.Type.EXIT;
            String rule = f.rule() == null ? "" : ":" + f.rule().getClass().getSimpleName();
            alarms.raise(new VesselAlarm(UUID.randomUUID(),
                    "fence:" + f.fence().id() + ":" + vesselId + ":" + f.type() + rule + ":" + f.at().toEpochMilli(),
                    vesselId, kind, UUID.fromString(f.fence().id()), f.at(), f.lat(), f.lon(), serious,
                    f.fence().name(), vessel.get().townshipCode(), null, null));
        } else if (alarm instanceof CollisionAlarm c) {
            String other = vesselOf(c.otherMmsi()).map(VesselDirectory.Entry::name).orElse(String.valueOf(c.otherMmsi()));
            alarms.raise(new VesselAlarm(UUID.randomUUID(),
                    "collision:" + c.mmsi() + ":" + c.otherMmsi() + ":" + c.level() + ":" + c.at().toEpochMilli(),
                    vesselId, VesselAlarm.AlarmKind.COLLISION_RISK, null, c.at(), null, null, false,
                    other + " " + c.level() + String.format(" CPA %.2f nm", c.cpa().cpaNm()),
                    vessel.get().townshipCode(), null, null));
        }
    }

    private Optional<VesselDirectory.Entry> vesselOf(long key) {
        String terminal = terminalsByKey.get(key);
        return terminal != null ? directory.byBeidou(terminal) : directory.byMmsi((int) key);
    }

    org.anlan.vessel.VesselKind kindOf(long key) {
        return vesselOf(key).map(VesselDirectory.Entry::kind).orElse(null);
    }

    /** The vessel's MMSI when it has one, so that its AIS and Beidou fixes make one track. */
    private long beidouKey(String terminal) {
        Integer mmsi = directory.byBeidou(terminal).map(VesselDirectory.Entry::mmsi).orElse(null);
        if (mmsi != null) {
            return mmsi;
        }
        return beidouKeys.computeIfAbsent(terminal, t -> {
            long key = nextBeidouKey.getAndIncrement();
            terminalsByKey.put(key, t);
            return key;
        });
    }

    private PositionFix toFix(Position p) {
        Double sog = Double.isNaN(p.sog()) ? null : p.sog();
        Double cog = Double.isNaN(p.cog()) ? null : p.cog();
        String terminal = terminalsByKey.get(p.mmsi());
        if (terminal == null && p.source() == Position.Source.BEIDOU) {
            terminal = beidouSources.get(p.mmsi());
        }
        return terminal != null ? PositionFix.beidou(terminal, p.time(), p.lat(), p.lon(), sog, cog)
                : PositionFix.ais((int) p.mmsi(), p.time(), p.lat(), p.lon(), sog, cog);
    }
}
