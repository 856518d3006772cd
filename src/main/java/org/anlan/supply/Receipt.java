package org.anlan.supply;

import java.time.LocalDate;

/**
 * Stock received into a depot. A batch number already held for the item adds to that batch; without an expiry
 * date an item with a shelf life expires that many days after receipt.
 */
public record Receipt(String itemCode, Long quantity, String batchNo, LocalDate receivedOn, LocalDate expiresOn,
                      String source, String reason) {
}
