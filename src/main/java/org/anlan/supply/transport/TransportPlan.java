package org.anlan.supply.transport;

import java.time.Instant;
import java.util.List;

/**
 * A transport plan: shipments, each demand's outcome (delivered, unmet, latest arrival against its deadline),
 * the unmet demand listed explicitly, Σ quantity × minutes and the latest arrival of all.
 */
public record TransportPlan(List<Shipment> shipments, List<DemandOutcome> demands, List<Unmet> unmet,
                            double totalQuantityMinutes, Instant latestArrival, boolean allOnTime) {

    public record Shipment(String depot, String item, long quantity, String demand, String destination,
                           double travelMinutes, Instant arrival) {
    }

    public record DemandOutcome(String demand, String item, long quantity, long delivered, long unmet,
                                Instant latestArrival, Instant deadline, boolean onTime) {
    }

    public record Unmet(String demand, String item, long quantity) {
    }
}
