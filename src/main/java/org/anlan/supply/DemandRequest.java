package org.anlan.supply;

import java.time.Instant;

/**
 * A demand to raise: item, quantity, destination (a shelter by id, or a township by code) with its position,
 * and a deadline (default: now plus the relief deadline of the plan).
 */
public record DemandRequest(String itemCode, Long quantity, String destinationKind, String destinationRef,
                            String destinationName, String townshipCode, Double lat, Double lon, Instant deadline) {
}
