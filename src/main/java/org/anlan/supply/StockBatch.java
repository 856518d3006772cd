package org.anlan.supply;

import java.time.LocalDate;
import java.util.UUID;

/** A batch of one item in one depot; its balance is the sum of its movements (kept so by the database). */
public record StockBatch(UUID id, UUID depotId, String itemCode, String batchNo, LocalDate receivedOn,
                         LocalDate expiresOn, String source, long balance) {
}
