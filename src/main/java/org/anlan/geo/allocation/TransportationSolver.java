package org.anlan.geo.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact min-cost transportation by successive shortest paths (Dijkstra on reduced costs with node potentials) on a
 * sparse set of candidate arcs — the {@code k} cheapest sinks of every source — followed by a pricing check of
 * every arc of the full problem against the potentials. Non-negative reduced costs on the whole residual graph
 * prove optimality (no negative cycle); an arc that fails the check joins the candidates and the solve is
 * repeated, so the answer is always optimal for the full problem.
 *
 * <p>What no sink can take goes to an "unassigned" sink whose per-unit penalty exceeds the cost of any
 * rerouting path, so the assigned amount is maximal first and the cost minimal second; which units stay
 * unassigned is part of the optimisation.
 *
 * <p>The final flow is made a forest (a basic solution) by cancelling the zero-cost cycles that ties can leave:
 * a source is then split over more sinks only where capacities force it — over all sources together, the number
 * of extra source–sink pairs is at most (number of sinks used − 1), the unassigned sink counting as one.
 *
 * <p>The solver keeps its state: {@link #closeSink(int)} re-plans after a sink closes, starting from the previous
 * optimum (its flow minus the closed sink's, and its potentials, which stay feasible), so only the displaced
 * units are routed again.
 */
public final class TransportationSolver {

    /** Candidate arcs per source before pricing; enough that pricing rarely adds any on geographic costs. */
    public static final int DEFAULT_CANDIDATES = 20;

    private final TransportationProblem problem;
    private final long[] costs;
    private final int m;
    private final int n;
    private final int unassignedNode;
    private final int target;
    private final long penalty;
    private final boolean[] closed;
    private final int[][] candidates;

    private final long[] remaining;
    private final long[] free;
    private final long[] flow;
    private final long[] potential;
    private final IntList[] sinkSources;
    private final IntList[] sourceSinks;

    private final long[] distance;
    private final int[] predecessor;
    private final int[] seen;
    private final int[] settled;
    private final int[] settledOrder;
    private final NodeHeap heap;
    private int generation;

    private int augmentations;
    private int pricingRestarts;

    public TransportationSolver(TransportationProblem problem) {
        this(problem, DEFAULT_CANDIDATES);
    }

    public TransportationSolver(TransportationProblem problem, int candidatesPerSource) {
        this.problem = problem;
        this.costs = problem.costMatrix();
        this.m = problem.sources();
        this.n = problem.sinks();
        this.unassignedNode = m + n;
        this.target = m + n + 1;
        long maxCost = 0;
        for (long c : costs) {
            if (c != TransportationProblem.NO_ARC) {
                maxCost = Math.max(maxCost, c);
            }
        }
        // Any augmenting path has at most m + n arcs, each worth at most maxCost: leaving a unit unassigned
        // must cost more than any rerouting could save.
        this.penalty = (long) (m + n + 2) * (maxCost + 1);
        this.closed = new boolean[n];
        this.candidates = new int[m][];
        int k = Math.max(1, Math.min(n, candidatesPerSource));
        for (int i = 0; i < m; i++) {
            candidates[i] = cheapestSinks(i, k);
        }
        this.remaining = new long[m];
        this.free = new long[n + 1];
        this.flow = new long[m * (n + 1)];
        int nodes = m + n + 2;
        this.potential = new long[nodes];
        this.sinkSources = new IntList[n + 1];
        this.sourceSinks = new IntList[m];
        for (int j = 0; j <= n; j++) {
            sinkSources[j] = new IntList();
        }
        for (int i = 0; i < m; i++) {
            sourceSinks[i] = new IntList();
        }
        this.distance = new long[nodes];
        this.predecessor = new int[nodes];
        this.seen = new int[nodes];
        this.settled = new int[nodes];
        this.settledOrder = new int[nodes];
        this.heap = new NodeHeap(nodes);
    }

    /** Solves from scratch (all sinks that are not closed). */
    public TransportationSolution solve() {
        augmentations = 0;
        pricingRestarts = 0;
        solveUntilPriced();
        return result();
    }

    /**
     * Closes a sink and re-plans from the current optimum: the units it held are routed again along shortest
     * paths of the residual graph, whose potentials remain feasible because closing only removes arcs.
     */
    public TransportationSolution closeSink(int sink) {
        if (sink < 0 || sink >= n) {
            throw new IllegalArgumentException("no sink " + sink);
        }
        augmentations = 0;
        pricingRestarts = 0;
        if (!closed[sink]) {
            closed[sink] = true;
            IntList holders = sinkSources[sink];
            for (int source : holders.toArray()) {
                remaining[source] += flow[source * (n + 1) + sink];
                setFlow(source, sink, 0);
            }
            free[sink] = 0;
            routeAll();
            if (priceAndWiden()) {
                solveUntilPriced();
            }
        }
        return result();
    }

    public boolean isClosed(int sink) {
        return closed[sink];
    }

    private void solveUntilPriced() {
        do {
            reset();
            routeAll();
        } while (priceAndWiden());
    }

    private void reset() {
        Arrays.fill(flow, 0);
        Arrays.fill(potential, 0);
        for (int i = 0; i < m; i++) {
            remaining[i] = problem.supply(i);
            sourceSinks[i].clear();
        }
        for (int j = 0; j < n; j++) {
            free[j] = closed[j] ? 0 : problem.capacity(j);
            sinkSources[j].clear();
        }
        free[n] = Long.MAX_VALUE;
        sinkSources[n].clear();
    }

    private void routeAll() {
        for (int i = 0; i < m; i++) {
            while (remaining[i] > 0) {
                augmentFrom(i);
            }
        }
    }

    private long arcCost(int source, int sink) {
        return sink == n ? penalty : costs[source * n + sink];
    }

    /** Dijkstra from one source to the target over reduced costs, stopping when the target is settled. */
    private void augmentFrom(int source) {
        generation++;
        heap.reset(distance);
        int settledCount = 0;
        distance[source] = 0;
        seen[source] = generation;
        predecessor[source] = -1;
        heap.push(source);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            settled[u] = generation;
            settledOrder[settledCount++] = u;
            if (u == target) {
                break;
            }
            long du = distance[u];
            if (u < m) {
                long pu = potential[u];
                for (int sink : candidates[u]) {
                    if (!closed[sink]) {
                        relax(m + sink, du + costs[u * n + sink] + pu - potential[m + sink], u);
                    }
                }
                relax(unassignedNode, du + penalty + pu - potential[unassignedNode], u);
            } else {
                int sink = u - m;
                long pu = potential[u];
                IntList holders = sinkSources[sink];
                for (int k = 0; k < holders.size(); k++) {
                    int holder = holders.get(k);
                    relax(holder, du - arcCost(holder, sink) + pu - potential[holder], u);
                }
                if (free[sink] > 0) {
                    relax(target, du + pu - potential[target], u);
                }
            }
        }
        long reach = distance[target];
        for (int k = 0; k < settledCount; k++) {
            int v = settledOrder[k];
            potential[v] += distance[v] - reach;
        }
        augmentAlongPath(source);
        augmentations++;
    }

    private void relax(int node, long candidate, int from) {
        if (settled[node] == generation) {
            return;
        }
        if (seen[node] != generation || candidate < distance[node]) {
            seen[node] = generation;
            distance[node] = candidate;
            predecessor[node] = from;
            heap.push(node);
        }
    }

    private void augmentAlongPath(int source) {
        int lastSink = predecessor[target] - m;
        long amount = Math.min(remaining[source], free[lastSink]);
        for (int v = predecessor[target]; v != source; ) {
            int before = predecessor[v];
            if (v < m) {
                amount = Math.min(amount, flow[v * (n + 1) + (before - m)]);
            }
            v = before;
        }
        for (int v = predecessor[target]; v != source; ) {
            int before = predecessor[v];
            if (v >= m) {
                int sink = v - m;
                setFlow(before, sink, flow[before * (n + 1) + sink] + amount);
            } else {
                int sink = before - m;
                setFlow(v, sink, flow[v * (n + 1) + sink] - amount);
            }
            v = before;
        }
        remaining[source] -= amount;
        if (lastSink < n) {
            free[lastSink] -= amount;
        }
    }

    private void setFlow(int source, int sink, long amount) {
        int index = source * (n + 1) + sink;
        long before = flow[index];
        flow[index] = amount;
        if (before == 0 && amount > 0) {
            sinkSources[sink].add(source);
            sourceSinks[source].add(sink);
        } else if (before > 0 && amount == 0) {
            sinkSources[sink].remove(source);
            sourceSinks[source].remove(sink);
        }
    }

    /**
     * Checks every arc of the full problem against the potentials. Returns true when some arc had a negative
     * reduced cost: those arcs have joined the candidates and the solve must run again.
     */
    private boolean priceAndWiden() {
        boolean widened = false;
        for (int i = 0; i < m; i++) {
            long pi = potential[i];
            int row = i * n;
            IntList missing = null;
            for (int j = 0; j < n; j++) {
                long c = costs[row + j];
                if (c != TransportationProblem.NO_ARC && !closed[j] && c + pi - potential[m + j] < 0) {
                    if (missing == null) {
                        missing = new IntList();
                    }
                    missing.add(j);
                }
            }
            if (missing != null) {
                int[] joined = Arrays.copyOf(candidates[i], candidates[i].length + missing.size());
                System.arraycopy(missing.toArray(), 0, joined, candidates[i].length, missing.size());
                candidates[i] = joined;
                widened = true;
            }
        }
        if (widened) {
            pricingRestarts++;
        }
        return widened;
    }

    /**
     * The optimality certificate, for tests: the first residual arc of the full problem with a negative reduced
     * cost, or null when the potentials prove the current flow optimal.
     */
    String firstNegativeReducedCost() {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= n; j++) {
                if (j < n && (closed[j] || costs[i * n + j] == TransportationProblem.NO_ARC)) {
                    continue;
                }
                long rc = arcCost(i, j) + potential[i] - potential[m + j];
                if (rc < 0 || (flow[i * (n + 1) + j] > 0 && rc != 0)) {
                    return "arc " + i + "→" + j + " reduced cost " + rc + " flow " + flow[i * (n + 1) + j];
                }
            }
        }
        for (int j = 0; j <= n; j++) {
            long load = j == n ? 1 : problem.capacity(j) - free[j];
            if (free[j] > 0 && potential[m + j] < potential[target]) {
                return "sink " + j + " has room but potential " + potential[m + j];
            }
            if (load > 0 && potential[m + j] > potential[target]) {
                return "sink " + j + " is used but potential " + potential[m + j];
            }
        }
        return null;
    }

    private int[] cheapestSinks(int source, int k) {
        // Bounded max-heap on cost keeps the k cheapest allowed sinks in O(n log k).
        int[] chosen = new int[k];
        int size = 0;
        int row = source * n;
        for (int j = 0; j < n; j++) {
            long c = costs[row + j];
            if (c == TransportationProblem.NO_ARC) {
                continue;
            }
            if (size < k) {
                chosen[size] = j;
                int at = size++;
                while (at > 0 && costs[row + chosen[(at - 1) / 2]] < costs[row + chosen[at]]) {
                    swap(chosen, at, (at - 1) / 2);
                    at = (at - 1) / 2;
                }
            } else if (c < costs[row + chosen[0]]) {
                chosen[0] = j;
                int at = 0;
                while (true) {
                    int child = 2 * at + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && costs[row + chosen[child + 1]] > costs[row + chosen[child]]) {
                        child++;
                    }
                    if (costs[row + chosen[child]] <= costs[row + chosen[at]]) {
                        break;
                    }
                    swap(chosen, at, child);
                    at = child;
                }
            }
        }
        return Arrays.copyOf(chosen, size);
    }

    private static void swap(int[] values, int a, int b) {
        int t = values[a];
        values[a] = values[b];
        values[b] = t;
    }

    private TransportationSolution result() {
        new ForestMaker().run();
        List<TransportationSolution.Flow> flows = new ArrayList<>();
        long[] unassigned = new long[m];
        double cost = 0;
        for (int i = 0; i < m; i++) {
            int row = i * (n + 1);
            for (int j = 0; j < n; j++) {
                long amount = flow[row + j];
                if (amount > 0) {
                    flows.add(new TransportationSolution.Flow(i, j, amount));
                    cost += (double) amount * costs[i * n + j];
                }
            }
            unassigned[i] = flow[row + n];
        }
        return new TransportationSolution(List.copyOf(flows), unassigned, cost, augmentations, pricingRestarts);
    }

    /**
     * Cancels the cycles of the support (source–sink pairs with a positive amount). Every support arc has a zero
     * reduced cost at the optimum, so every such cycle costs exactly zero either way round; pushing its smallest
     * opposing amount around removes an arc without changing cost, supplies or sink loads.
     */
    private final class ForestMaker {
        private final int nodes = m + n + 1;
        private final int[] parent = new int[nodes];
        private final IntList[] tree = new IntList[nodes];

        void run() {
            List<int[]> support = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                for (int sink : sourceSinks[i].toArray()) {
                    support.add(new int[]{i, sink});
                }
            }
            support.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            for (int v = 0; v < nodes; v++) {
                tree[v] = new IntList();
                parent[v] = v;
            }
            for (int[] arc : support) {
                int source = arc[0];
                int sinkNode = m + arc[1];
                if (flow[source * (n + 1) + arc[1]] == 0) {
                    continue;
                }
                if (find(source) != find(sinkNode)) {
                    parent[find(source)] = find(sinkNode);
                    link(source, sinkNode);
                } else if (cancelCycle(source, sinkNode)) {
                    rebuildComponents();
                }
            }
        }

        /** Returns true when an arc of the tree was removed (the components must be recomputed). */
        private boolean cancelCycle(int source, int sinkNode) {
            int[] path = treePath(sinkNode, source);
            // Cycle: the new arc (source, sinkNode) decreases; along the path sinkNode → … → source the arcs
            // alternate increase, decrease, …, ending with an increase next to the source.
            long balance = -arcCost(source, sinkNode - m);
            long amount = flow[source * (n + 1) + sinkNode - m];
            for (int k = 0; k + 1 < path.length; k++) {
                long c = arcCostBetween(path[k], path[k + 1]);
                if (k % 2 == 0) {
                    balance += c;
                } else {
                    balance -= c;
                    amount = Math.min(amount, flowBetween(path[k], path[k + 1]));
                }
            }
            if (balance != 0) {
                throw new IllegalStateException("support cycle with non-zero cost " + balance + ": not optimal");
            }
            setFlow(source, sinkNode - m, flow[source * (n + 1) + sinkNode - m] - amount);
            boolean treeArcRemoved = false;
            for (int k = 0; k + 1 < path.length; k++) {
                long now = flowBetween(path[k], path[k + 1]) + (k % 2 == 0 ? amount : -amount);
                setFlowBetween(path[k], path[k + 1], now);
                if (now == 0) {
                    tree[path[k]].remove(path[k + 1]);
                    tree[path[k + 1]].remove(path[k]);
                    treeArcRemoved = true;
                }
            }
            if (flow[source * (n + 1) + sinkNode - m] > 0) {
                link(source, sinkNode);
            }
            return treeArcRemoved;
        }

        private void link(int a, int b) {
            tree[a].add(b);
            tree[b].add(a);
        }

        private int[] treePath(int from, int to) {
            int[] previous = new int[nodes];
            Arrays.fill(previous, -1);
            int[] queue = new int[nodes];
            int head = 0;
            int tail = 0;
            queue[tail++] = from;
            previous[from] = from;
            while (head < tail && previous[to] < 0) {
                int v = queue[head++];
                IntList next = tree[v];
                for (int k = 0; k < next.size(); k++) {
                    int w = next.get(k);
                    if (previous[w] < 0) {
                        previous[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
            IntList reversed = new IntList();
            for (int v = to; v != from; v = previous[v]) {
                reversed.add(v);
            }
            reversed.add(from);
            int[] path = new int[reversed.size()];
            for (int k = 0; k < path.length; k++) {
                path[k] = reversed.get(path.length - 1 - k);
            }
            return path;
        }

        private void rebuildComponents() {
            for (int v = 0; v < nodes; v++) {
                parent[v] = v;
            }
            for (int v = 0; v < nodes; v++) {
                IntList next = tree[v];
                for (int k = 0; k < next.size(); k++) {
                    int a = find(v);
                    int b = find(next.get(k));
                    if (a != b) {
                        parent[a] = b;
                    }
                }
            }
        }

        private int find(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        private long arcCostBetween(int a, int b) {
            return a < m ? arcCost(a, b - m) : arcCost(b, a - m);
        }

        private long flowBetween(int a, int b) {
            return a < m ? flow[a * (n + 1) + b - m] : flow[b * (n + 1) + a - m];
        }

        private void setFlowBetween(int a, int b, long amount) {
            if (a < m) {
                setFlow(a, b - m, amount);
            } else {
                setFlow(b, a - m, amount);
            }
        }
    }
}
