package org.anlan.cli;

import java.util.function.Function;
import org.anlan.geo.allocation.TransportationProblem;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The straightforward baseline for the allocation benchmark and an independent exact method for the tests:
 * the same transportation problem as a JGraphT min-cost flow (capacity scaling), built the obvious way — a
 * vertex per source and sink, an "unassigned" vertex with the same penalty, a super sink.
 */
public final class JGraphTTransportation {

    /** Σ amount × cost over the real arcs (the penalty of unassigned units excluded) and the unassigned total. */
    public record Result(long cost, long unassigned) {
    }

    private JGraphTTransportation() {
    }

    public static Result solve(TransportationProblem problem) {
        int m = problem.sources();
        int n = problem.sinks();
        int unassigned = m + n;
        int target = m + n + 1;
        long maxCost = 0;
        long totalSupply = 0;
        for (int i = 0; i < m; i++) {
            totalSupply += problem.supply(i);
            for (int j = 0; j < n; j++) {
                if (problem.hasArc(i, j)) {
                    maxCost = Math.max(maxCost, problem.cost(i, j));
                }
            }
        }
        // JGraphT treats costs from 1e9 up as infinite: it gets the caller's units (integer units / COST_SCALE).
        double scale = TransportationProblem.COST_SCALE;
        double penalty = (double) (m + n + 2) * (maxCost + 1) / scale;
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= target; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (problem.hasArc(i, j)) {
                    graph.setEdgeWeight(graph.addEdge(i, m + j), problem.cost(i, j) / scale);
                }
            }
            graph.setEdgeWeight(graph.addEdge(i, unassigned), penalty);
        }
        for (int j = 0; j < n; j++) {
            graph.setEdgeWeight(graph.addEdge(m + j, target), 0);
        }
        graph.setEdgeWeight(graph.addEdge(unassigned, target), 0);
        int total = Math.toIntExact(totalSupply);
        Function<Integer, Integer> supply = v -> v < m ? (int) problem.supply(v) : v == target ? -total : 0;
        Function<DefaultWeightedEdge, Integer> upper = e -> {
            int from = graph.getEdgeSource(e);
            int to = graph.getEdgeTarget(e);
            if (to == target) {
                return from == unassigned ? total : (int) problem.capacity(from - m);
            }
            return (int) problem.supply(from);
        };
        var flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, supply, upper));
        long cost = 0;
        long left = 0;
        for (var entry : flow.getFlowMap().entrySet()) {
            long amount = Math.round(entry.getValue());
            int from = graph.getEdgeSource(entry.getKey());
            int to = graph.getEdgeTarget(entry.getKey());
            if (from < m && to < m + n) {
                cost += amount * problem.cost(from, to - m);
            } else if (from == unassigned) {
                left += amount;
            }
        }
        return new Result(cost, left);
    }
}
