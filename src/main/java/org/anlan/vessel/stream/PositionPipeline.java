package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private final PipelineListener listener;
    private final SentenceDecoding decoding;
    private final VesselCheck check;
    private final TrackTable tracks = new TrackTable();
    private final CollisionNeighbourhood neighbourhood;
    private final Sink sink = new Sink();
    private final List<Alarm> scratch = new ArrayList<>();
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
        this.neighbourhood = new CollisionNeighbourhood(settings.collision());
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

    private void fix(long mmsi, long time, double lat, double lon, double sog, double cog, Position.Source source,
            long fingerprintA, long fingerprintB, long fingerprintC) {
        if (mmsi <= 0 || mmsi > SentenceDecoding.MAX_MMSI) {
            unusable++;
            return;
        }
        Track track = track(mmsi);
        if (check.duplicate(track, time, fingerprintA, fingerprintB, fingerprintC)) {
            duplicates++;
            return;
        }
        positions++;
        if (listener != PipelineListener.NONE) {
            listener.position(new Position(mmsi, Instant.ofEpochMilli(time), lat, lon, sog, cog, source));
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
