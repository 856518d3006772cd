package org.anlan.supply;

import java.util.List;

/** A donation traced to its recipients: the donation, the batch it became and that batch's movements. */
public record DonationTrace(Donation donation, Depot depot, StockBatch batch, List<StockMovement> movements) {

    public long allocated() {
        return movements.stream().filter(m -> m.kind() != MovementKind.IN).mapToLong(m -> -m.quantity()).sum();
    }
}
