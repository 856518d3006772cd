package org.anlan.supply.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.allocation.TransportationProblem;
import org.anlan.geo.allocation.TransportationSolution;
import org.anlan.geo.allocation.TransportationSolver;
import org.anlan.platform.error.ApiException;
import org.anlan.supply.transport.TransportRequest.Demand;
import org.anlan.supply.transport.TransportRequest.Depot;
import org.anlan.supply.transport.TransportRequest.Level;
import org.anlan.supply.transport.TransportRequest.Objective;

/**
 * Plans transport item by item as exact transportation problems (demands → depots holding the item, cost =
 * travel minutes per unit, arcs only where the depot's owner level may serve the destination). Every item
 * delivers as much as stock and permissions allow, then minimises Σ quantity × minutes. With
 * {@link Objective#LATEST_ARRIVAL} the latest arrival is minimised first: a binary search over the distinct
 * travel times finds the smallest limit under which the same quantity is still delivered (a max-flow question,
 * answered by the same solver), and the total is minimised under that limit.
 */
public final class TransportPlanner {

    public static final int MAX_DEMANDS = 5_000;
    public static final int MAX_DEPOTS = 1_000;
    public static final double DEFAULT_DEADLINE_HOURS = 12.0;

    private TransportPlanner() {
    }

    public static TransportPlan plan(TransportRequest request, TravelTimeSource travel, Instant now) {
        Checked checked = new Checked(request, travel, now);
        List<TransportPlan.Shipment> shipments = new ArrayList<>();
        long[] delivered = new long[checked.demands.size()];
        Instant[] latest = new Instant[checked.demands.size()];
        double total = 0;
        for (ItemProblem item : checked.items()) {
            TransportationSolution solution = item.solve(checked.objective);
            for (TransportationSolution.Flow f : solution.flows()) {
                int k = item.demands[f.source()];
                int d = item.depots[f.sink()];
                double minutes = checked.minutes[d][k];
                Instant arrival = checked.departure.plus(Duration.ofSeconds(Math.round(minutes * 60)));
                Demand demand = checked.demands.get(k);
                shipments.add(new TransportPlan.Shipment(checked.depots.get(d).id(), item.name, f.amount(), demand.id(),
                        demand.destination(), minutes, arrival));
                delivered[k] += f.amount();
                latest[k] = latest[k] == null || arrival.isAfter(latest[k]) ? arrival : latest[k];
                total += f.amount() * minutes;
            }
        }
        List<TransportPlan.DemandOutcome> outcomes = new ArrayList<>();
        List<TransportPlan.Unmet> unmet = new ArrayList<>();
        boolean allOnTime = true;
        for (int k = 0; k < checked.demands.size(); k++) {
            Demand demand = checked.demands.get(k);
            long missing = demand.quantity() - delivered[k];
            Instant deadline = checked.deadline(demand);
            boolean onTime = missing == 0 && (latest[k] == null || !latest[k].isAfter(deadline));
            allOnTime &= onTime;
            outcomes.add(new TransportPlan.DemandOutcome(demand.id(), demand.item(), demand.quantity(), delivered[k],
                    missing, latest[k], deadline, onTime));
            if (missing > 0) {
                unmet.add(new TransportPlan.Unmet(demand.id(), demand.item(), missing));
            }
        }
        Instant latestArrival = shipments.stream().map(TransportPlan.Shipment::arrival).max(Comparator.naturalOrder())
                .orElse(null);
        return new TransportPlan(List.copyOf(shipments), List.copyOf(outcomes), List.copyOf(unmet), total,
                latestArrival, allOnTime);
    }

    /** The per-item transportation problems (demands × depots, integer minutes), for baselines and tests. */
    public static List<TransportationProblem> problems(TransportRequest request, TravelTimeSource travel) {
        return new Checked(request, travel, Instant.EPOCH).items().stream().map(item -> item.problem).toList();
    }

    /** One item: its demands (sources) and the depots holding it (sinks). */
    private static final class ItemProblem {
        final String name;
        final int[] demands;
        final int[] depots;
        final TransportationProblem problem;

        ItemProblem(String name, int[] demands, int[] depots, TransportationProblem problem) {
            this.name = name;
            this.demands = demands;
            this.depots = depots;
            this.problem = problem;
        }

        TransportationSolution solve(Objective objective) {
            TransportationSolution best = new TransportationSolver(problem).solve();
            if (objective != Objective.LATEST_ARRIVAL || best.flows().isEmpty()) {
                return best;
            }
            long[] times = distinctCosts();
            int low = 0;
            int high = times.length - 1;
            TransportationSolution chosen = best;
            while (low < high) {
                int middle = (low + high) >>> 1;
                TransportationSolution limited = new TransportationSolver(limitedTo(times[middle])).solve();
                if (limited.totalUnassigned() == best.totalUnassigned()) {
                    chosen = limited;
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            // The last limit that kept the delivered quantity is where the search ended (the largest time is the
            // unlimited problem itself, already solved as best).
            return chosen;
        }

        private long[] distinctCosts() {
            Set<Long> costs = new HashSet<>();
            for (int i = 0; i < problem.sources(); i++) {
                for (int j = 0; j < problem.sinks(); j++) {
                    if (problem.hasArc(i, j)) {
                        costs.add(problem.cost(i, j));
                    }
                }
            }
            return costs.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private TransportationProblem limitedTo(long limit) {
            int m = problem.sources();
            int n = problem.sinks();
            long[] supply = new long[m];
            long[] capacity = new long[n];
            long[] cost = new long[m * n];
            for (int i = 0; i < m; i++) {
                supply[i] = problem.supply(i);
                for (int j = 0; j < n; j++) {
                    long c = problem.cost(i, j);
                    cost[i * n + j] = c <= limit ? c : TransportationProblem.NO_ARC;
                }
            }
            for (int j = 0; j < n; j++) {
                capacity[j] = problem.capacity(j);
            }
            return new TransportationProblem(supply, capacity, cost);
        }
    }

    /** A validated request with its travel minutes (NaN: no route or not permitted) per depot and demand. */
    private static final class Checked {
        final List<Demand> demands;
        final List<Depot> depots;
        final Objective objective;
        final Instant departure;
        final Duration defaultDeadline;
        final double[][] minutes;

        Checked(TransportRequest request, TravelTimeSource travel, Instant now) {
            demands = required(request.demands(), "demands");
            depots = required(request.depots(), "depots");
            if (demands.size() > MAX_DEMANDS || depots.size() > MAX_DEPOTS) {
                throw ApiException.badRequest("TRANSPORT_TOO_LARGE", "error.supply.transport.tooLarge", MAX_DEMANDS,
                        MAX_DEPOTS);
            }
            objective = request.objective() == null ? Objective.TOTAL_TIME : request.objective();
            departure = request.departure() == null ? now : request.departure();
            double hours = request.deadlineHours() == null ? DEFAULT_DEADLINE_HOURS : request.deadlineHours();
            if (!Double.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
                throw ApiException.badRequest("TRANSPORT_DEADLINE_INVALID", "error.supply.transport.deadlineInvalid",
                        request.deadlineHours());
            }
            defaultDeadline = Duration.ofSeconds(Math.round(hours * 3600));
            boolean located = request.travelMinutes() == null;
            Set<String> ids = new HashSet<>();
            for (int k = 0; k < demands.size(); k++) {
                Demand demand = demands.get(k);
                id(demand == null ? null : demand.id(), "demand", k, ids);
                if (demand.item() == null || demand.item().isBlank()) {
                    throw ApiException.badRequest("TRANSPORT_ITEM_MISSING", "error.supply.transport.itemMissing",
                            demand.id());
                }
                if (demand.quantity() == null || demand.quantity() <= 0
                        || demand.quantity() > TransportationProblem.MAX_AMOUNT) {
                    throw ApiException.badRequest("TRANSPORT_QUANTITY_INVALID",
                            "error.supply.transport.quantityInvalid", demand.id(), demand.quantity());
                }
                if (located) {
                    location(demand.lat(), demand.lon(), "demand", demand.id());
                }
            }
            ids.clear();
            for (int d = 0; d < depots.size(); d++) {
                Depot depot = depots.get(d);
                id(depot == null ? null : depot.id(), "depot", d, ids);
                if (depot.level() == null) {
                    throw ApiException.badRequest("TRANSPORT_LEVEL_MISSING", "error.supply.transport.levelMissing",
                            depot.id());
                }
                Map<String, Long> stock = depot.stock() == null ? Map.of() : depot.stock();
                stock.forEach((item, quantity) -> {
                    if (item == null || quantity == null || quantity < 0 || quantity > TransportationProblem.MAX_AMOUNT) {
                        throw ApiException.badRequest("TRANSPORT_STOCK_INVALID", "error.supply.transport.stockInvalid",
                                depot.id(), item, quantity);
                    }
                });
                if (located) {
                    location(depot.lat(), depot.lon(), "depot", depot.id());
                }
            }
            minutes = located ? estimated(travel) : given(request.travelMinutes());
            for (int d = 0; d < depots.size(); d++) {
                for (int k = 0; k < demands.size(); k++) {
                    if (!mayServe(depots.get(d), demands.get(k))) {
                        minutes[d][k] = Double.NaN;
                    }
                }
            }
        }

        Instant deadline(Demand demand) {
            return demand.deadline() != null ? demand.deadline() : departure.plus(defaultDeadline);
        }

        List<ItemProblem> items() {
            Map<String, List<Integer>> byItem = new LinkedHashMap<>();
            for (int k = 0; k < demands.size(); k++) {
                byItem.computeIfAbsent(demands.get(k).item(), item -> new ArrayList<>()).add(k);
            }
            List<ItemProblem> items = new ArrayList<>();
            byItem.forEach((item, demandIndexes) -> {
                int[] sources = demandIndexes.stream().mapToInt(Integer::intValue).toArray();
                int[] sinks = java.util.stream.IntStream.range(0, depots.size())
                        .filter(d -> stockOf(depots.get(d), item) > 0).toArray();
                long[] supply = Arrays.stream(sources).mapToLong(k -> demands.get(k).quantity()).toArray();
                long[] capacity = Arrays.stream(sinks).mapToLong(d -> stockOf(depots.get(d), item)).toArray();
                long[] cost = new long[sources.length * sinks.length];
                for (int i = 0; i < sources.length; i++) {
                    for (int j = 0; j < sinks.length; j++) {
                        double m = minutes[sinks[j]][sources[i]];
                        cost[i * sinks.length + j] = Double.isNaN(m) ? TransportationProblem.NO_ARC
                                : TransportationProblem.scaled(m);
                    }
                }
                items.add(new ItemProblem(item, sources, sinks, new TransportationProblem(supply, capacity, cost)));
            });
            return items;
        }

        private static long stockOf(Depot depot, String item) {
            return depot.stock() == null ? 0 : depot.stock().getOrDefault(item, 0L);
        }

        /** County depots serve every destination; township and village depots their own township, unless listed. */
        private static boolean mayServe(Depot depot, Demand demand) {
            if (depot.serves() != null) {
                return demand.township() != null && depot.serves().contains(demand.township());
            }
            return depot.level() == Level.COUNTY
                    || (demand.township() != null && demand.township().equals(depot.township()));
        }

        private double[][] estimated(TravelTimeSource travel) {
            double[][] result = new double[depots.size()][demands.size()];
            for (int d = 0; d < depots.size(); d++) {
                GeoPoint from = new GeoPoint(depots.get(d).lat(), depots.get(d).lon());
                for (int k = 0; k < demands.size(); k++) {
                    double m = travel.minutes(from, new GeoPoint(demands.get(k).lat(), demands.get(k).lon()));
                    result[d][k] = Double.isFinite(m) && m >= 0 ? m : Double.NaN;
                }
            }
            return result;
        }

        private double[][] given(List<List<Double>> matrix) {
            if (matrix.size() != depots.size()) {
                throw matrixInvalid("travelMinutes needs one row per depot (" + depots.size() + ")");
            }
            double[][] result = new double[depots.size()][demands.size()];
            for (int d = 0; d < depots.size(); d++) {
                List<Double> row = matrix.get(d);
                if (row == null || row.size() != demands.size()) {
                    throw matrixInvalid("travelMinutes row " + d + " needs one entry per demand (" + demands.size() + ")");
                }
                for (int k = 0; k < demands.size(); k++) {
                    Double value = row.get(k);
                    if (value != null && (!Double.isFinite(value) || value < 0 || value > 1e6)) {
                        throw matrixInvalid("travelMinutes[" + d + "][" + k + "] is not a number of minutes: " + value);
                    }
                    result[d][k] = value == null ? Double.NaN : value;
                }
            }
            return result;
        }

        private static ApiException matrixInvalid(String detail) {
            return ApiException.badRequest("TRANSPORT_MATRIX_INVALID", "error.supply.transport.matrixInvalid", detail);
        }

        private static <T> List<T> required(List<T> list, String name) {
            if (list == null) {
                throw ApiException.badRequest("TRANSPORT_LIST_MISSING", "error.supply.transport.listMissing", name);
            }
            return list;
        }

        private static void id(String id, String kind, int index, Set<String> seen) {
            if (id == null || id.isBlank()) {
                throw ApiException.badRequest("TRANSPORT_ID_MISSING", "error.supply.transport.idMissing", kind, index);
            }
            if (!seen.add(id)) {
                throw ApiException.badRequest("TRANSPORT_DUPLICATE_ID", "error.supply.transport.duplicateId", kind, id);
            }
        }

        private static void location(Double lat, Double lon, String kind, String id) {
            if (lat == null || lon == null || !Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90
                    || Math.abs(lon) > 180) {
                throw ApiException.badRequest("TRANSPORT_LOCATION_INVALID", "error.supply.transport.locationInvalid",
                        kind, id);
            }
        }
    }
}
