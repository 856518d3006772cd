package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.AisDecoder;
import org.anlan.vessel.ais.AisMessage;
import org.anlan.vessel.ais.PositionReport;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;

/**
 * decode → de-duplicate → fence check → collision neighbourhood for one stream of positions. Not thread-safe: one
 * pipeline per stream (per Kafka partition, keyed by MMSI). Never throws on input data; the returned list is empty
 * (and nothing is allocated for it) when a fix raises no alarm.
 */
public final class PositionPipeline {

    private static final long MAX_MMSI = 999_999_999L;

    private final VesselKindLookup kinds;
    private final PipelineSettings settings;
    private final PipelineListener listener;
    private final long duplicateWindowMillis;
    private final AisDecoder decoder;
    private final PositionReport report = new PositionReport();
    private final FenceHits hits = new FenceHits();
    private final LongMap<Track> tracks = new LongMap<>(4096);
    private final FenceWatch fenceWatch;
    private final CollisionNeighbourhood neighbourhood;
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
        this.kinds = kinds;
        this.settings = settings;
        this.listener = listener;
        this.duplicateWindowMillis = settings.duplicateWindow().toMillis();
        this.decoder = new AisDecoder(AisDecoder.Settings.DEFAULTS, listener::rejected);
        this.fenceWatch = new FenceWatch(fences, settings.debounce());
        this.neighbourhood = new CollisionNeighbourhood(settings.collision());
    }

    /** One line of an NMEA AIS feed received at {@code receivedAt} (the time of the fixes it carries). */
    public List<Alarm> acceptSentence(String line, Instant receivedAt) {
        long time = receivedAt.toEpochMilli();
        List<AisMessage> messages = decoder.feed(line, report);
        if (report.filled()) {
            if (!report.hasPosition()) {
                unusable++;
                return List.of();
            }
            double course = report.course();
            return fix(report.mmsi(), time, report.lat(), report.lon(), report.speedKnots(),
                    course < 360 ? course : Double.NaN, Position.Source.AIS,
                    report.payloadBits(0), report.payloadBits(1), report.payloadBits(2));
        }
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Alarm> alarms = List.of();
        for (AisMessage message : messages) {
            List<Alarm> raised = message(message, time);
            if (!raised.isEmpty()) {
                alarms = alarms.isEmpty() ? raised : concat(alarms, raised);
            }
        }
        return alarms;
    }

    /** One fix from any source (Beidou terminals, a replayed track …). */
    public List<Alarm> accept(Position position) {
        long time = position.time().toEpochMilli();
        return fix(position.mmsi(), time, position.lat(), position.lon(), position.sog(), position.cog(),
                position.source(), Double.doubleToLongBits(position.lat()), Double.doubleToLongBits(position.lon()),
                time);
    }

    /** Swaps in a new fence set; vessels stay inside the fences (by id) they were in, without new alarms. */
    public void replaceFences(FenceSet fences) {
        List<Track> all = new ArrayList<>(tracks.size());
        tracks.forEachValue(all::add);
        fenceWatch.replace(fences, all);
    }

    public FenceSet fences() {
        return fenceWatch.fences();
    }

    public PipelineCounts counts() {
        return new PipelineCounts(positions, duplicates, unusable, fenceAlarms, collisionAlarms,
                neighbourhood.pairsCompared(), tracks.size(), decoder.counts());
    }

    private List<Alarm> message(AisMessage message, long time) {
        if (message.get("shiptype") instanceof Integer shipType && message.mmsi() > 0 && message.mmsi() <= MAX_MMSI) {
            track(message.mmsi()).reportedKind = VesselKind.fromAisShipType(shipType);
        }
        int type = message.type();
        if (type != 1 && type != 2 && type != 3 && type != 18 && type != 19 && type != 27) {
            listener.aisMessage(message);
            return List.of();
        }
        if (type == 19) {
            listener.aisMessage(message);
        }
        if (!(message.get("lat") instanceof Double lat) || !(message.get("lon") instanceof Double lon)
                || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            unusable++;
            return List.of();
        }
        double sog = number(message.get("speed"), 102.2);
        double cog = number(message.get("course"), Double.NaN);
        if (!(sog >= 0 && sog <= 102.2)) {
            sog = Double.NaN;
        }
        if (!(cog >= 0 && cog < 360)) {
            cog = Double.NaN;
        }
        long motion = Double.doubleToLongBits(sog) * 31 + Double.doubleToLongBits(cog) * 17
                + (message.get("second") instanceof Integer second ? second : 60) * 7 + type;
        return fix(message.mmsi(), time, lat, lon, sog, cog, Position.Source.AIS,
                Double.doubleToLongBits(lat), Double.doubleToLongBits(lon), motion);
    }

    private List<Alarm> fix(long mmsi, long time, double lat, double lon, double sog, double cog,
            Position.Source source, long fingerprintA, long fingerprintB, long fingerprintC) {
        if (mmsi <= 0 || mmsi > MAX_MMSI) {
            unusable++;
            return List.of();
        }
        Track track = track(mmsi);
        if (track.duplicate(fingerprintA, fingerprintB, fingerprintC, time, duplicateWindowMillis)) {
            duplicates++;
            return List.of();
        }
        positions++;
        if (listener != PipelineListener.NONE) {
            listener.position(new Position(mmsi, Instant.ofEpochMilli(time), lat, lon, sog, cog, source));
        }
        VesselKind registered = kinds.kindOf(mmsi);
        track.kind = registered != null ? registered
                : track.reportedKind != null ? track.reportedKind : VesselKind.OTHER;
        track.lat = lat;
        track.lon = lon;
        track.sog = sog;
        track.cog = cog;
        track.timeMillis = time;
        List<Alarm> out = scratch;
        out.clear();
        fenceWatch.fences().covering(lat, lon, hits);
        if (hits.size() > 0 || !track.stays.isEmpty()) {
            fenceWatch.update(track, hits, lat, lon, sog, time, out);
            fenceAlarms += out.size();
        }
        int beforeCollision = out.size();
        neighbourhood.update(track, out);
        collisionAlarms += out.size() - beforeCollision;
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private Track track(long mmsi) {
        Track track = tracks.get(mmsi);
        if (track == null) {
            track = new Track(mmsi);
            tracks.put(mmsi, track);
        }
        return track;
    }

    private static double number(Object value, double fast) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return "fast".equals(value) ? fast : Double.NaN;
    }

    private static List<Alarm> concat(List<Alarm> first, List<Alarm> second) {
        List<Alarm> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
