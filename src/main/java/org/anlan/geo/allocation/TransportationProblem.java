package org.anlan.geo.allocation;

/**
 * A transportation problem: sources with a supply, sinks with a capacity and an integer cost per unit on every
 * allowed source→sink arc ({@link #NO_ARC} where there is none). Costs are integers so that optimality is exact;
 * callers scale their kilometres or minutes (see {@link #scaled(double)}).
 */
public final class TransportationProblem {

    /** Marks a source→sink pair without an arc (across water without a crossing, no road, not permitted). */
    public static final long NO_ARC = Long.MAX_VALUE;
    /** Largest cost of one arc, so that penalties and potentials stay far inside {@code long}. */
    public static final long MAX_ARC_COST = 1_000_000_000_000L;
    /** Largest supply of one source and capacity of one sink. */
    public static final long MAX_AMOUNT = 1_000_000_000L;
    /** Integer cost units per unit of the caller's cost (micro-kilometres, micro-minutes). */
    public static final double COST_SCALE = 1_000_000.0;
    /** Upper bound on sources + sinks. */
    public static final int MAX_NODES = 50_000;

    private final long[] supply;
    private final long[] capacity;
    private final long[] cost;

    /**
     * @param supply   per source, at least 0
     * @param capacity per sink, at least 0
     * @param cost     row-major sources × sinks: {@code cost[source * sinks + sink]}, 0..{@link #MAX_ARC_COST} or {@link #NO_ARC}
     */
    public TransportationProblem(long[] supply, long[] capacity, long[] cost) {
        if (supply.length + capacity.length > MAX_NODES) {
            throw new IllegalArgumentException("at most " + MAX_NODES + " sources and sinks together");
        }
        if ((long) supply.length * capacity.length != cost.length) {
            throw new IllegalArgumentException("cost matrix has " + cost.length + " entries, expected "
                    + supply.length + " × " + capacity.length);
        }
        for (int i = 0; i < supply.length; i++) {
            requireAmount("supply", i, supply[i]);
        }
        for (int j = 0; j < capacity.length; j++) {
            requireAmount("capacity", j, capacity[j]);
        }
        for (int a = 0; a < cost.length; a++) {
            if (cost[a] != NO_ARC && (cost[a] < 0 || cost[a] > MAX_ARC_COST)) {
                throw new IllegalArgumentException("cost of source " + a / capacity.length + " to sink "
                        + a % capacity.length + " is outside 0.." + MAX_ARC_COST + ": " + cost[a]);
            }
        }
        this.supply = supply.clone();
        this.capacity = capacity.clone();
        this.cost = cost;
    }

    /** A caller's cost (kilometres, minutes) in integer units; refuses what is not a finite number in range. */
    public static long scaled(double value) {
        if (!Double.isFinite(value) || value < 0 || value * COST_SCALE > MAX_ARC_COST) {
            throw new IllegalArgumentException("cost must be a finite number in 0.." + (long) (MAX_ARC_COST / COST_SCALE)
                    + ": " + value);
        }
        return Math.round(value * COST_SCALE);
    }

    private static void requireAmount(String what, int index, long value) {
        if (value < 0 || value > MAX_AMOUNT) {
            throw new IllegalArgumentException(what + " " + index + " is outside 0.." + MAX_AMOUNT + ": " + value);
        }
    }

    public int sources() {
        return supply.length;
    }

    public int sinks() {
        return capacity.length;
    }

    public long supply(int source) {
        return supply[source];
    }

    public long capacity(int sink) {
        return capacity[sink];
    }

    public long cost(int source, int sink) {
        return cost[source * capacity.length + sink];
    }

    public boolean hasArc(int source, int sink) {
        return cost(source, sink) != NO_ARC;
    }

    long[] costMatrix() {
        return cost;
    }
}
