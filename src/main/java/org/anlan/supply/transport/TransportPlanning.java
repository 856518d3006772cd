package org.anlan.supply.transport;

import java.time.Clock;
import org.anlan.county.TravelTimes;
import org.springframework.stereotype.Service;

/**
 * Transport plans on the county's travel-time estimates (straight line × detour at the area's speed, island
 * crossings) when the request carries no matrix, departing now by the platform clock unless it says otherwise.
 */
@Service
public class TransportPlanning {

    private final TravelTimes travelTimes;
    private final Clock clock;

    TransportPlanning(TravelTimes travelTimes, Clock clock) {
        this.travelTimes = travelTimes;
        this.clock = clock;
    }

    public TransportPlan plan(TransportRequest request) {
        return TransportPlanner.plan(request, (from, to) -> travelTimes.estimate(from, to).minutes(), clock.instant());
    }
}
