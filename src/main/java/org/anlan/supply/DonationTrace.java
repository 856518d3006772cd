package org.anlan.supply;

import java.util.List;

/**
 * A donation traced to its recipients: the donation, the batch it became, that batch's movements and the units
 * allocated from it so far.
 */
public record DonationTrace(Donation donation, Depot depot, StockBatch batch, List<StockMovement> movements,
                            long allocated) {

    static DonationTrace of(Donation donation, Depot depot, StockBatch batch, List<StockMovement> movements) {
        return new DonationTrace(donation, depot, batch, movements,
                movements.stream().filter(m -> m.kind() != MovementKind.IN).mapToLong(m -> -m.quantity()).sum());
    }
}
