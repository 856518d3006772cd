package org.anlan.geo.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.anlan.cli.JGraphTTransportation;
import org.junit.jupiter.api.Test;

class TransportationSolverTest {

    private static final long X = TransportationProblem.NO_ARC;

    @Test
    void splitsOneVillageWhenThatIsCheapest() {
        // A(10) and B(5) into S1, S2 of 10 each. A→S1 1, A→S2 3, B→S1 2, B→S2 10.
        // A 10→S1 + B 5→S2 costs 60; A 5→S1, 5→S2 and B 5→S1 costs 5 + 15 + 10 = 30; A 10→S2, B→S1 costs 40.
        var problem = new TransportationProblem(new long[]{10, 5}, new long[]{10, 10}, new long[]{1, 3, 2, 10});
        TransportationSolution solution = new TransportationSolver(problem).solve();
        assertThat(solution.cost()).isEqualTo(30.0);
        assertThat(solution.flows()).containsExactly(flow(0, 0, 5), flow(0, 1, 5), flow(1, 0, 5));
        assertThat(solution.totalUnassigned()).isZero();
    }

    @Test
    void leavesTheDearestPeopleUnassignedWhenCapacityIsShort() {
        // One shelter of 3 places; A(2) is 1 away, B(2) is 5 away: both of A and one of B get in.
        var problem = new TransportationProblem(new long[]{2, 2}, new long[]{3}, new long[]{1, 5});
        TransportationSolution solution = new TransportationSolver(problem).solve();
        assertThat(solution.flows()).containsExactly(flow(0, 0, 2), flow(1, 0, 1));
        assertThat(solution.unassigned()).containsExactly(0, 1);
        assertThat(solution.cost()).isEqualTo(7.0);
    }

    @Test
    void assignsAsManyAsPossibleBeforeMinimisingCost() {
        // B can only reach S1; A reaches both. Cheapest would put A in S1, but then B stays out:
        // maximal assignment puts B in S1 and A in the far S2.
        var problem = new TransportationProblem(new long[]{1, 1}, new long[]{1, 1}, new long[]{1, 100, 50, X});
        TransportationSolution solution = new TransportationSolver(problem).solve();
        assertThat(solution.totalUnassigned()).isZero();
        assertThat(solution.flows()).containsExactly(flow(0, 1, 1), flow(1, 0, 1));
    }

    @Test
    void aSourceWithoutArcsStaysUnassigned() {
        var problem = new TransportationProblem(new long[]{4, 1}, new long[]{10}, new long[]{X, 2});
        TransportationSolution solution = new TransportationSolver(problem).solve();
        assertThat(solution.unassigned()).containsExactly(4, 0);
        assertThat(solution.flows()).containsExactly(flow(1, 0, 1));
    }

    @Test
    void tiesEndAsAForestWithoutNeedlessSplits() {
        // All costs equal: any allocation is optimal; a basic one keeps every village whole where capacity allows.
        var problem = new TransportationProblem(new long[]{3, 3, 3}, new long[]{5, 5}, new long[]{7, 7, 7, 7, 7, 7});
        TransportationSolution solution = new TransportationSolver(problem).solve();
        assertThat(solution.cost()).isEqualTo(63.0);
        assertForest(problem, solution);
        assertThat(splits(solution)).isLessThanOrEqualTo(1);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> new TransportationProblem(new long[]{-1}, new long[]{1}, new long[]{1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supply 0");
        assertThatThrownBy(() -> new TransportationProblem(new long[]{1}, new long[]{-2}, new long[]{1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity 0");
        assertThatThrownBy(() -> new TransportationProblem(new long[]{1}, new long[]{1}, new long[]{-3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost");
        assertThatThrownBy(() -> new TransportationProblem(new long[]{1}, new long[]{1}, new long[]{1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matrix");
        assertThatThrownBy(() -> TransportationProblem.scaled(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransportationProblem.scaled(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesBruteForceOnTinyInstances() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            int m = 1 + random.nextInt(3);
            int n = 1 + random.nextInt(3);
            TransportationProblem problem = randomProblem(random, m, n, 3, 4, 6, 0.2);
            TransportationSolution solution = new TransportationSolver(problem, 1).solve();
            long[] best = bruteForce(problem);
            assertThat(solution.totalUnassigned()).as("round %d unassigned", round).isEqualTo(best[0]);
            assertThat((long) solution.cost()).as("round %d cost", round).isEqualTo(best[1]);
            assertFeasible(problem, solution);
            assertForest(problem, solution);
        }
    }

    @Test
    void matchesJGraphTOnRandomInstances() {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            int m = 5 + random.nextInt(40);
            int n = 2 + random.nextInt(20);
            double forbidden = random.nextInt(3) * 0.15;
            // Small integer costs produce many ties (degenerate optima); large ones are in general position.
            long maxCost = random.nextBoolean() ? 5 : 1_000_000;
            TransportationProblem problem = randomProblem(random, m, n, 50, 60, maxCost, forbidden);
            var solver = new TransportationSolver(problem, 1 + random.nextInt(4));
            TransportationSolution solution = solver.solve();
            assertThat(solver.firstNegativeReducedCost()).as("round %d certificate", round).isNull();
            JGraphTTransportation.Result reference = JGraphTTransportation.solve(problem);
            assertThat(solution.totalUnassigned()).as("round %d unassigned", round).isEqualTo(reference.unassigned());
            assertThat((long) solution.cost()).as("round %d cost", round).isEqualTo(reference.cost());
            assertFeasible(problem, solution);
            assertForest(problem, solution);
        }
    }

    @Test
    void closingASinkReplansToTheSameCostAsAFreshSolve() {
        Random random = new Random(23);
        for (int round = 0; round < 40; round++) {
            int m = 5 + random.nextInt(30);
            int n = 2 + random.nextInt(12);
            TransportationProblem problem = randomProblem(random, m, n, 40, 60, random.nextBoolean() ? 4 : 100_000, 0.1);
            var solver = new TransportationSolver(problem, 3);
            solver.solve();
            assertThat(solver.firstNegativeReducedCost()).as("round %d after solve", round).isNull();
            int closedSink = random.nextInt(n);
            TransportationSolution replanned = solver.closeSink(closedSink);
            assertThat(solver.firstNegativeReducedCost()).as("round %d after closing", round).isNull();
            long[] capacity = new long[n];
            for (int j = 0; j < n; j++) {
                capacity[j] = j == closedSink ? 0 : problem.capacity(j);
            }
            long[] supply = new long[m];
            long[] cost = new long[m * n];
            for (int i = 0; i < m; i++) {
                supply[i] = problem.supply(i);
                for (int j = 0; j < n; j++) {
                    cost[i * n + j] = problem.cost(i, j);
                }
            }
            var fresh = JGraphTTransportation.solve(new TransportationProblem(supply, capacity, cost));
            assertThat(replanned.totalUnassigned()).isEqualTo(fresh.unassigned());
            assertThat((long) replanned.cost()).isEqualTo(fresh.cost());
            assertThat(replanned.flows()).noneMatch(f -> f.sink() == closedSink);
            assertFeasible(problem, replanned);
            assertForest(problem, replanned);
        }
    }

    static TransportationProblem randomProblem(Random random, int m, int n, int maxSupply, int maxCapacity,
                                               long maxCost, double forbiddenShare) {
        long[] supply = new long[m];
        long[] capacity = new long[n];
        long[] cost = new long[m * n];
        for (int i = 0; i < m; i++) {
            supply[i] = random.nextInt(maxSupply + 1);
        }
        for (int j = 0; j < n; j++) {
            capacity[j] = random.nextInt(maxCapacity + 1);
        }
        for (int a = 0; a < cost.length; a++) {
            cost[a] = random.nextDouble() < forbiddenShare ? X : (long) (random.nextDouble() * (maxCost + 1));
        }
        return new TransportationProblem(supply, capacity, cost);
    }

    /** {unassigned, cost} of the best allocation: fewest unassigned first, then cheapest. */
    private static long[] bruteForce(TransportationProblem problem) {
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        search(problem, 0, 0, new long[problem.sinks()], 0, 0, best);
        return best;
    }

    private static void search(TransportationProblem p, int source, int sink, long[] load, long unassigned, long cost,
                               long[] best) {
        if (source == p.sources()) {
            if (unassigned < best[0] || (unassigned == best[0] && cost < best[1])) {
                best[0] = unassigned;
                best[1] = cost;
            }
            return;
        }
        // Distribute the source's supply one sink at a time; what is left after the last sink is unassigned.
        searchRow(p, source, 0, p.supply(source), load, unassigned, cost, best);
    }

    private static void searchRow(TransportationProblem p, int source, int sink, long left, long[] load,
                                  long unassigned, long cost, long[] best) {
        if (sink == p.sinks()) {
            search(p, source + 1, 0, load, unassigned + left, cost, best);
            return;
        }
        long most = p.hasArc(source, sink) ? Math.min(left, p.capacity(sink) - load[sink]) : 0;
        for (long amount = 0; amount <= most; amount++) {
            load[sink] += amount;
            searchRow(p, source, sink + 1, left - amount, load, unassigned,
                    cost + (amount == 0 ? 0 : amount * p.cost(source, sink)), best);
            load[sink] -= amount;
        }
    }

    static void assertFeasible(TransportationProblem problem, TransportationSolution solution) {
        long[] shipped = new long[problem.sources()];
        long[] load = new long[problem.sinks()];
        for (TransportationSolution.Flow f : solution.flows()) {
            assertThat(f.amount()).isPositive();
            assertThat(problem.hasArc(f.source(), f.sink())).isTrue();
            shipped[f.source()] += f.amount();
            load[f.sink()] += f.amount();
        }
        for (int i = 0; i < problem.sources(); i++) {
            assertThat(shipped[i] + solution.unassigned()[i]).isEqualTo(problem.supply(i));
        }
        for (int j = 0; j < problem.sinks(); j++) {
            assertThat(load[j]).isLessThanOrEqualTo(problem.capacity(j));
        }
    }

    /** The support (with the unassigned sink as one more node) has no cycle. */
    static void assertForest(TransportationProblem problem, TransportationSolution solution) {
        int m = problem.sources();
        int n = problem.sinks();
        int[] parent = new int[m + n + 1];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        List<int[]> arcs = new ArrayList<>();
        solution.flows().forEach(f -> arcs.add(new int[]{f.source(), m + f.sink()}));
        for (int i = 0; i < m; i++) {
            if (solution.unassigned()[i] > 0) {
                arcs.add(new int[]{i, m + n});
            }
        }
        for (int[] arc : arcs) {
            int a = root(parent, arc[0]);
            int b = root(parent, arc[1]);
            assertThat(a).as("cycle through source %d", arc[0]).isNotEqualTo(b);
            parent[a] = b;
        }
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            v = parent[v];
        }
        return v;
    }

    private static long splits(TransportationSolution solution) {
        return solution.flows().size() - solution.flows().stream().mapToInt(TransportationSolution.Flow::source).distinct().count();
    }

    private static TransportationSolution.Flow flow(int source, int sink, long amount) {
        return new TransportationSolution.Flow(source, sink, amount);
    }
}
