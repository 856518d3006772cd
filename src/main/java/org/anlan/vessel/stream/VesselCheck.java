package org.anlan.vessel.stream;

import java.util.List;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;

/**
 * The per-vessel stages: de-duplicate a fix against the vessel's recent reports, locate it (the vessel's kind and
 * last fix on its {@link Track}) and check it against the fences. Everything it reads and changes of a vessel is
 * on that vessel's track, so the track can live in memory (in-process) or in a state store keyed by MMSI (Kafka).
 * Not thread-safe.
 */
final class VesselCheck {

    private final VesselKindLookup kinds;
    private final long duplicateWindowMillis;
    private final FenceWatch fenceWatch;
    private final FenceHits hits = new FenceHits();

    VesselCheck(FenceSet fences, VesselKindLookup kinds, PipelineSettings settings) {
        this.kinds = kinds;
        this.duplicateWindowMillis = settings.duplicateWindow().toMillis();
        this.fenceWatch = new FenceWatch(fences, settings.debounce());
    }

    FenceWatch fenceWatch() {
        return fenceWatch;
    }

    /**
     * True when the fix is to be dropped: it repeats one of the vessel's recent reports, or it is older than the
     * vessel's last fix (a late copy from a lagging receiver, which would otherwise move the vessel back and make
     * it flap across fence lines). Remembers the fix's fingerprint otherwise.
     */
    boolean duplicate(Track track, long time, long fingerprintA, long fingerprintB, long fingerprintC) {
        return duplicate(track, track.timeMillis, time, fingerprintA, fingerprintB, fingerprintC);
    }

    /** {@link #duplicate(Track, long, long, long, long)} with the time of the vessel's latest fresh fix given. */
    boolean duplicate(Track track, long latestFreshMillis, long time, long fingerprintA, long fingerprintB,
            long fingerprintC) {
        return time < latestFreshMillis
                || track.duplicate(fingerprintA, fingerprintB, fingerprintC, time, duplicateWindowMillis);
    }

    /** Locates a fresh fix on the vessel's track and adds its fence alarms to {@code out}. */
    void check(Track track, long time, double lat, double lon, double sog, double cog, List<Alarm> out) {
        fenceWatch.fences().covering(lat, lon, hits);
        check(track, time, lat, lon, sog, cog, hits, out);
    }

    /** As {@link #check(Track, long, double, double, double, double, List)} with the fences covering the fix. */
    void check(Track track, long time, double lat, double lon, double sog, double cog, FenceHits covering,
            List<Alarm> out) {
        VesselKind registered = kinds.kindOf(track.mmsi);
        track.kind = registered != null ? registered
                : track.reportedKind != null ? track.reportedKind : VesselKind.OTHER;
        track.lat = lat;
        track.lon = lon;
        track.sog = sog;
        track.cog = cog;
        track.timeMillis = time;
        if (covering.size() > 0 || track.stayCount > 0) {
            fenceWatch.update(track, covering, lat, lon, sog, time, out);
        }
    }
}
