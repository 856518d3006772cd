package org.anlan.supply;

import java.time.Instant;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/** A demand for an item at a shelter or township by a deadline; {@code delivered} grows as stock is dispatched. */
public record SupplyDemand(UUID id, String itemCode, long quantity, String destinationKind, String destinationRef,
                           String destinationName, String townshipCode, GeoPoint location, Instant deadline,
                           String status, long delivered, Instant createdAt) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public long outstanding() {
        return quantity - delivered;
    }
}
