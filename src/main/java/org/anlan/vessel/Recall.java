package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/** A recall order (回港避风令): the boats at sea in {@code area} must reach a port or anchorage before the deadline. */
public record Recall(UUID id, String title, Geometry area, Instant deadline, Instant issuedAt, String issuedBy,
                     Origin origin, Instant liftedAt) {

    public enum Origin { ORDER, TYPHOON }

    public boolean active() {
        return liftedAt == null;
    }
}
