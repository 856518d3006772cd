package org.anlan.geo.allocation;

import java.util.List;

/**
 * An optimal allocation: the amounts on arcs (a forest: no cycle of source–sink pairs, so a source is split over
 * several sinks only as often as the sinks' capacities force it) and what stays unassigned per source.
 *
 * @param flows       the positive amounts, ordered by source then sink
 * @param unassigned  per source, what no sink could take
 * @param cost        Σ amount × integer arc cost over {@code flows} (a double: the exact sum may exceed a long)
 * @param augmentations shortest-path augmentations done (work measure)
 * @param pricingRestarts times the sparse candidate arcs had to be widened after the full pricing check
 */
public record TransportationSolution(List<Flow> flows, long[] unassigned, double cost, int augmentations,
                                     int pricingRestarts) {

    /** An amount moved from a source to a sink. */
    public record Flow(int source, int sink, long amount) {
    }

    public long totalUnassigned() {
        long total = 0;
        for (long amount : unassigned) {
            total += amount;
        }
        return total;
    }
}
