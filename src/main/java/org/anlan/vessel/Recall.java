package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * A recall order (回港避风令): the boats at sea in {@code area} must reach a port or anchorage before the deadline.
 * A recall computed from a typhoon track ({@link Origin#TYPHOON}) names the track and wind level; its area is what
 * the wind circle sweeps over the horizon and each boat has its own deadline, the latest of them is {@code deadline}.
 */
public record Recall(UUID id, String title, Geometry area, Instant deadline, Instant issuedAt, String issuedBy,
                     Origin origin, Instant liftedAt, TyphoonSource typhoon) {

    public enum Origin { ORDER, TYPHOON }

    /** The track and wind level (Beaufort) a typhoon recall was computed from, with the safety buffer. */
    public record TyphoonSource(UUID trackId, int windLevel, double bufferKm) {
    }

    public boolean active() {
        return liftedAt == null;
    }
}
