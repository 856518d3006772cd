package org.anlan.supply;

import java.time.Instant;
import java.util.UUID;

/** One line of the stock ledger: a signed quantity on a batch, with its reason and recipient. */
public record StockMovement(UUID id, UUID batchId, UUID depotId, String itemCode, String batchNo, MovementKind kind,
                            long quantity, String reason, String recipient, UUID transferId, UUID demandId,
                            String actor, Instant at) {
}
