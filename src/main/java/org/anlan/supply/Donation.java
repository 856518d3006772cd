package org.anlan.supply;

import java.time.Instant;
import java.util.UUID;

/**
 * A donation (捐赠) from receipt through inspection to storage; once stored it is a stock batch, and every
 * allocation to a recipient is a movement of that batch. {@code donorPublic} is the donor's consent to be named
 * in the public summary.
 */
public record Donation(UUID id, String donor, boolean donorPublic, String itemCode, long quantity, Instant receivedAt,
                       String status, Long accepted, String inspectionNote, UUID batchId) {
}
