package org.anlan.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/** What merge suggestions need to know about one incident. */
public record IncidentSnapshot(UUID id, String typeCode, IncidentCategory category, GeoPoint location, Instant occurredAt) {

    public IncidentSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
