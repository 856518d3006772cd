package org.anlan.vessel;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;

/**
 * Decides which fixes the track keeps: the first, then one when the vessel has moved far enough, turned, or
 * enough time has passed since the last kept one. A boat reporting every 10 s at sea keeps a point about every
 * few minutes; a moored one about every hour.
 */
final class TrackDownsampler {

    private final Duration maxGap;
    private final double minMoveKm;
    private final double minTurnDegrees;
    private final Map<UUID, LivePosition> lastKept = new ConcurrentHashMap<>();

    TrackDownsampler(Duration maxGap, double minMoveKm, double minTurnDegrees) {
        this.maxGap = maxGap;
        this.minMoveKm = minMoveKm;
        this.minTurnDegrees = minTurnDegrees;
    }

    boolean keep(LivePosition fix) {
        LivePosition last = lastKept.get(fix.vesselId());
        boolean keep = last == null || !fix.fixedAt().isBefore(last.fixedAt().plus(maxGap))
                || GreatCircle.distanceKm(new GeoPoint(last.lat(), last.lon()), new GeoPoint(fix.lat(), fix.lon())) >= minMoveKm
                || turned(last.cog(), fix.cog());
        if (keep && (last == null || fix.fixedAt().isAfter(last.fixedAt()))) {
            lastKept.put(fix.vesselId(), fix);
            return true;
        }
        return false;
    }

    private boolean turned(Double before, Double now) {
        if (before == null || now == null) {
            return false;
        }
        double difference = Math.abs(before - now) % 360;
        return Math.min(difference, 360 - difference) >= minTurnDegrees;
    }
}
