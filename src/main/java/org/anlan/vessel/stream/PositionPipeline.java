package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceSet;

/**
 * decode → de-duplicate → locate → fence check → collision neighbourhood for one stream of positions, in memory:
 * the in-process runner of the stages {@link SentenceDecoding}, {@link VesselCheck} and
 * {@link CollisionNeighbourhood}, which {@link VesselTopology} runs as a Kafka Streams topology. Not thread-safe:
 * one pipeline per stream. Never throws on input data; the returned list is empty (and nothing is allocated for
 * it) when a fix raises no alarm.
 */
public final class PositionPipeline {

    /**
     * Lines per block of {@link #replay}: blocks this large put about one fix in each cell of a 1,000-fence set's
     * grid (a block's arrays take about 8 MB); blocks of 512–4,096 lines were measurably slower.
     */
    static final int REPLAY_BLOCK_LINES = 65_536;

    private final PipelineListener listener;
    private final SentenceDecoding decoding;
    private final VesselCheck check;
    private final VesselPass vesselPass;
    private final TrackTable tracks = new TrackTable();
    private final CollisionNeighbourhood neighbourhood;
    private final BlockCollisionWatch blockWatch;
    private final Sink sink = new Sink();
    private final List<Alarm> scratch = new ArrayList<>();
    private FixBlock block;
    private long positions;
    private long duplicates;
    private long unusable;
    private long fenceAlarms;
    private long collisionAlarms;

    public PositionPipeline(FenceSet fences, VesselKindLookup kinds, PipelineSettings settings) {
        this(fences, kinds, settings, PipelineListener.NONE);
    }

    public PositionPipeline(FenceSet fences, VesselKindLookup kinds, PipelineSettings settings,
            PipelineListener listener) {
        this.listener = listener;
        this.decoding = new SentenceDecoding(listener);
        this.check = new VesselCheck(fences, kinds, settings);
        this.vesselPass = new VesselPass(check);
        this.neighbourhood = new CollisionNeighbourhood(settings.collision());
        this.blockWatch = new BlockCollisionWatch(neighbourhood);
    }

    /** One line of an NMEA AIS feed received at {@code receivedAt} (the time of the fixes it carries). */
    public List<Alarm> acceptSentence(String line, Instant receivedAt) {
        scratch.clear();
        decoding.decode(line, receivedAt.toEpochMilli(), sink);
        return scratch.isEmpty() ? List.of() : List.copyOf(scratch);
    }

    /** One fix from any source (Beidou terminals, a replayed track …). */
    public List<Alarm> accept(Position position) {
        long time = position.time().toEpochMilli();
        scratch.clear();
        fix(position.mmsi(), time, position.lat(), position.lon(), position.sog(), position.cog(),
                position.source(), Double.doubleToLongBits(position.lat()), Double.doubleToLongBits(position.lon()),
                time);
        return scratch.isEmpty() ? List.of() : List.copyOf(scratch);
    }

    /** Swaps in a new fence set; vessels stay inside the fences (by id) they were in, without new alarms. */
    public void replaceFences(FenceSet fences) {
        List<Track> all = new ArrayList<>(tracks.size());
        tracks.forEach(all::add);
        check.fenceWatch().replace(fences, all);
    }

    public FenceSet fences() {
        return check.fenceWatch().fences();
    }

    public PipelineCounts counts() {
        return new PipelineCounts(positions, duplicates, unusable, fenceAlarms, collisionAlarms,
                neighbourhood.pairsCompared(), tracks.size(), decoding.counts());
    }

    /**
     * Replays the lines, each received at the time of the same index, raising exactly the alarms that
     * {@link #acceptSentence} would line by line, in the same order, each handed over with the index of its line;
     * the counts end the same too. Lines are taken in blocks ({@link FixBlock}): decoded into arrays, the fence
     * point queries of a block made cell by cell of the fence set's grid, the per-vessel stages vessel by vessel,
     * the collision watch pair by pair.
     * With a listener the lines are taken one by one, so that its callbacks keep their order.
     */
    public void replay(String[] lines, long[] receivedAtMillis, ObjIntConsumer<Alarm> alarms) {
        replay(lines, receivedAtMillis, REPLAY_BLOCK_LINES, alarms);
    }

    void replay(String[] lines, long[] receivedAtMillis, int blockLines, ObjIntConsumer<Alarm> alarms) {
        if (lines.length != receivedAtMillis.length || blockLines < 1) {
            throw new IllegalArgumentException("one receive time per line and blocks of at least one line");
        }
        if (listener != PipelineListener.NONE) {
            for (int i = 0; i < lines.length; i++) {
                for (Alarm alarm : acceptSentence(lines[i], Instant.ofEpochMilli(receivedAtMillis[i]))) {
                    alarms.accept(alarm, i);
                }
            }
            return;
        }
        if (block == null) {
            block = new FixBlock(Math.min(blockLines, lines.length));
        }
        for (int start = 0; start < lines.length; start += blockLines) {
            int end = Math.min(lines.length, start + blockLines);
            block.clear();
            for (int i = start; i < end; i++) {
                block.line(i);
                decoding.decode(lines[i], receivedAtMillis[i], block);
            }
            unusable += block.takeUnusable();
            block.resolveTracks(tracks, check);
            block.locate(check.fenceWatch().fences());
            replayBlock(alarms);
        }
    }

    /**
     * The per-vessel stages vessel by vessel ({@link VesselPass}), the collision watch pair by pair
     * ({@link BlockCollisionWatch}), then the entries in arrival order that move a vessel in the collision grid or
     * raised alarms: the move made (so each scan order is that of the moment), the fence alarms handed over, then
     * the collision alarms, as {@link #fresh} does; last, each vessel is left with its last fix.
     */
    private void replayBlock(ObjIntConsumer<Alarm> alarms) {
        FixBlock b = block;
        vesselPass.run(b);
        duplicates += vesselPass.duplicates;
        positions += vesselPass.positions;
        fenceAlarms += vesselPass.fenceAlarms;
        blockWatch.run(b, vesselPass);
        boolean[] fresh = b.fresh;
        int[] fenceAlarmsFrom = vesselPass.alarmsFrom;
        for (int e = 0; e < b.size; e++) {
            if (!fresh[e]) {
                continue;
            }
            boolean moves = blockWatch.movesInGrid(e);
            if (!moves && fenceAlarmsFrom[e] == fenceAlarmsFrom[e + 1] && !blockWatch.hasAlarms(e)) {
                continue;
            }
            if (moves) {
                Track track = b.tracks[e];
                track.kind = vesselPass.kinds[e];
                track.lat = b.lats[e];
                track.lon = b.lons[e];
                track.sog = b.sogs[e];
                track.cog = b.cogs[e];
                track.timeMillis = b.times[e];
                blockWatch.setGeometry(track, e);
                neighbourhood.place(track);
            }
            int line = b.lines[e];
            for (int a = fenceAlarmsFrom[e]; a < fenceAlarmsFrom[e + 1]; a++) {
                alarms.accept(vesselPass.alarms[a], line);
            }
            collisionAlarms += blockWatch.alarmsOf(e, line, alarms);
        }
        blockWatch.finish();
    }

    private void fix(long mmsi, long time, double lat, double lon, double sog, double cog, Position.Source source,
            long fingerprintA, long fingerprintB, long fingerprintC) {
        if (mmsi <= 0 || mmsi > SentenceDecoding.MAX_MMSI) {
            unusable++;
            return;
        }
        fresh(track(mmsi), time, lat, lon, sog, cog, source, fingerprintA, fingerprintB, fingerprintC);
    }

    /** The vessel stages for a fix, unless it is a duplicate. */
    private void fresh(Track track, long time, double lat, double lon, double sog, double cog,
            Position.Source source, long fingerprintA, long fingerprintB, long fingerprintC) {
        if (check.duplicate(track, time, fingerprintA, fingerprintB, fingerprintC)) {
            duplicates++;
            return;
        }
        positions++;
        if (listener != PipelineListener.NONE) {
            listener.position(new Position(track.mmsi, Instant.ofEpochMilli(time), lat, lon, sog, cog, source));
        }
        int before = scratch.size();
        check.check(track, time, lat, lon, sog, cog, scratch);
        int beforeCollision = scratch.size();
        fenceAlarms += beforeCollision - before;
        neighbourhood.update(track, scratch);
        collisionAlarms += scratch.size() - beforeCollision;
    }

    private Track track(long mmsi) {
        return tracks.get(mmsi);
    }

    /** The decode stage's output goes straight on to the vessel stages. */
    private final class Sink implements ReportSink {

        @Override
        public void fix(long mmsi, long timeMillis, double lat, double lon, double sog, double cog,
                Position.Source source, long fingerprintA, long fingerprintB, long fingerprintC) {
            PositionPipeline.this.fix(mmsi, timeMillis, lat, lon, sog, cog, source, fingerprintA, fingerprintB,
                    fingerprintC);
        }

        @Override
        public void reportedKind(long mmsi, VesselKind kind) {
            track(mmsi).reportedKind = kind;
        }

        @Override
        public void unusable() {
            unusable++;
        }
    }
}
