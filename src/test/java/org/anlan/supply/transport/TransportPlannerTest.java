package org.anlan.supply.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.cli.JGraphTTransportation;
import org.anlan.geo.allocation.TransportationProblem;
import org.anlan.platform.error.ApiException;
import org.anlan.supply.transport.TransportPlan.Shipment;
import org.anlan.supply.transport.TransportRequest.Demand;
import org.anlan.supply.transport.TransportRequest.Depot;
import org.anlan.supply.transport.TransportRequest.Level;
import org.anlan.supply.transport.TransportRequest.Objective;
import org.junit.jupiter.api.Test;

class TransportPlannerTest {

    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final TravelTimeSource NO_ESTIMATES = (a, b) -> {
        throw new AssertionError("the matrix must be used");
    };

    @Test
    void minimisesTotalTimeAndReportsArrivals() {
        // X→A 1, X→B 6, Y→A 6, Y→B 10 minutes; one quilt each. Least total: X→A, Y→B (11 min).
        var request = request(Objective.TOTAL_TIME, List.of(demand("A", "quilt", 1, "t1"), demand("B", "quilt", 1, "t1")),
                List.of(county("X", Map.of("quilt", 1L)), county("Y", Map.of("quilt", 1L))),
                List.of(List.of(1.0, 6.0), List.of(6.0, 10.0)));
        TransportPlan plan = TransportPlanner.plan(request, NO_ESTIMATES, T0);
        assertThat(plan.shipments()).containsExactlyInAnyOrder(
                new Shipment("X", "quilt", 1, "A", "A-dest", 1.0, T0.plusSeconds(60)),
                new Shipment("Y", "quilt", 1, "B", "B-dest", 10.0, T0.plusSeconds(600)));
        assertThat(plan.totalQuantityMinutes()).isEqualTo(11.0);
        assertThat(plan.latestArrival()).isEqualTo(T0.plusSeconds(600));
        assertThat(plan.allOnTime()).isTrue();
        assertThat(plan.unmet()).isEmpty();
    }

    @Test
    void latestArrivalObjectiveTradesTotalForTheBottleneck() {
        var request = request(Objective.LATEST_ARRIVAL, List.of(demand("A", "quilt", 1, "t1"), demand("B", "quilt", 1, "t1")),
                List.of(county("X", Map.of("quilt", 1L)), county("Y", Map.of("quilt", 1L))),
                List.of(List.of(1.0, 6.0), List.of(6.0, 10.0)));
        TransportPlan plan = TransportPlanner.plan(request, NO_ESTIMATES, T0);
        // X→B and Y→A: both arrive after 6 minutes (total 12 instead of 11, latest 6 instead of 10).
        assertThat(plan.latestArrival()).isEqualTo(T0.plusSeconds(360));
        assertThat(plan.totalQuantityMinutes()).isEqualTo(12.0);
    }

    @Test
    void respectsStockAndOwnerLevelAndListsUnmetDemand() {
        // The township depot of t2 may not serve t1; the county depot has only 30 of the 50 needed.
        var request = request(Objective.TOTAL_TIME, List.of(demand("A", "tent", 50, "t1")),
                List.of(county("X", Map.of("tent", 30L)),
                        new Depot("T2", Level.TOWNSHIP, "t2", 29.0, 121.9, Map.of("tent", 500L), null)),
                List.of(List.of(60.0), List.of(5.0)));
        TransportPlan plan = TransportPlanner.plan(request, NO_ESTIMATES, T0);
        assertThat(plan.shipments()).extracting(Shipment::depot, Shipment::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X", 30L));
        assertThat(plan.unmet()).containsExactly(new TransportPlan.Unmet("A", "tent", 20));
        assertThat(plan.demands().get(0).onTime()).isFalse();
        assertThat(plan.allOnTime()).isFalse();

        var listed = new Depot("T2", Level.TOWNSHIP, "t2", 29.0, 121.9, Map.of("tent", 500L), List.of("t1"));
        var allowed = TransportPlanner.plan(new TransportRequest(T0, null, null, request.demands(),
                List.of(request.depots().get(0), listed), request.travelMinutes()), NO_ESTIMATES, T0);
        assertThat(allowed.shipments()).extracting(Shipment::depot).containsExactly("T2");
    }

    @Test
    void judgesDeadlines() {
        // 11 hours of travel: late against the 10-hour target, on time against 12 hours.
        var demands = List.of(demand("A", "water", 10, "t1"));
        var depots = List.of(county("X", Map.of("water", 100L)));
        var matrix = List.of(List.of(660.0));
        var ten = TransportPlanner.plan(new TransportRequest(T0, 10.0, null, demands, depots, matrix), NO_ESTIMATES, T0);
        assertThat(ten.allOnTime()).isFalse();
        assertThat(ten.demands().get(0).deadline()).isEqualTo(T0.plus(Duration.ofHours(10)));
        var twelve = TransportPlanner.plan(new TransportRequest(T0, 12.0, null, demands, depots, matrix), NO_ESTIMATES, T0);
        assertThat(twelve.allOnTime()).isTrue();
        assertThat(twelve.latestArrival()).isEqualTo(T0.plus(Duration.ofHours(11)));
    }

    @Test
    void usesTheTravelTimeSourceWithoutAMatrix() {
        var request = new TransportRequest(null, null, null,
                List.of(new Demand("A", "food", 5L, "shelter", "t1", 29.0, 121.9, null)),
                List.of(new Depot("X", Level.COUNTY, "t0", 29.1, 121.8, Map.of("food", 5L), null)), null);
        TransportPlan plan = TransportPlanner.plan(request, (a, b) -> 42.0, T0);
        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.travelMinutes()).isEqualTo(42.0);
            assertThat(s.arrival()).isEqualTo(T0.plus(Duration.ofMinutes(42)));
        });
    }

    @Test
    void refusesBadInput() {
        var depots = List.of(county("X", Map.of("quilt", 1L)));
        var matrix = List.of(List.of(1.0));
        assertRefused(request(null, List.of(demand("A", "quilt", -1, "t1")), depots, matrix), "TRANSPORT_QUANTITY_INVALID");
        assertRefused(request(null, List.of(demand("A", " ", 1, "t1")), depots, matrix), "TRANSPORT_ITEM_MISSING");
        assertRefused(request(null, List.of(demand("A", "quilt", 1, "t1")),
                List.of(county("X", Map.of("quilt", -5L))), matrix), "TRANSPORT_STOCK_INVALID");
        assertRefused(request(null, List.of(demand("A", "quilt", 1, "t1"), demand("A", "quilt", 1, "t1")), depots,
                List.of(List.of(1.0, 1.0))), "TRANSPORT_DUPLICATE_ID");
        assertRefused(request(null, List.of(demand("A", "quilt", 1, "t1")),
                List.of(new Depot("X", null, "t0", 29.0, 121.0, Map.of(), null)), matrix), "TRANSPORT_LEVEL_MISSING");
        assertRefused(request(null, List.of(demand("A", "quilt", 1, "t1")), depots, List.of(List.of(Double.NaN))),
                "TRANSPORT_MATRIX_INVALID");
        assertRefused(new TransportRequest(T0, null, null, List.of(new Demand("A", "quilt", 1L, "d", "t1", null, null, null)),
                depots, null), "TRANSPORT_LOCATION_INVALID");
        assertRefused(new TransportRequest(T0, -3.0, null, List.of(), depots, null), "TRANSPORT_DEADLINE_INVALID");
    }

    @Test
    void randomPlansMatchAnIndependentMinCostFlowAndTheBottleneckIsMinimal() {
        Random random = new Random(3);
        for (int round = 0; round < 30; round++) {
            TransportRequest request = randomRequest(random, 10 + random.nextInt(40), 3 + random.nextInt(10),
                    round % 2 == 0 ? Objective.TOTAL_TIME : Objective.LATEST_ARRIVAL);
            TransportPlan plan = TransportPlanner.plan(request, NO_ESTIMATES, T0);
            assertStockAndQuantities(request, plan);
            List<TransportationProblem> problems = TransportPlanner.problems(request, NO_ESTIMATES);
            long unmet = 0;
            long cost = 0;
            for (TransportationProblem problem : problems) {
                var reference = JGraphTTransportation.solve(problem);
                unmet += reference.unassigned();
                cost += reference.cost();
            }
            assertThat(plan.unmet().stream().mapToLong(TransportPlan.Unmet::quantity).sum()).isEqualTo(unmet);
            if (request.objective() == Objective.TOTAL_TIME) {
                assertThat(plan.totalQuantityMinutes()).isCloseTo(cost / 1e6, within(1e-6));
            } else if (!plan.shipments().isEmpty()) {
                // Minimal: with every arc shorter than the latest used, some item delivers less.
                double latest = plan.shipments().stream().mapToDouble(Shipment::travelMinutes).max().orElseThrow();
                long limit = TransportationProblem.scaled(latest);
                long deliverable = 0;
                for (TransportationProblem problem : problems) {
                    deliverable += JGraphTTransportation.solve(below(problem, limit)).unassigned();
                }
                assertThat(deliverable).as("round %d", round).isGreaterThan(unmet);
            }
        }
    }

    private static TransportationProblem below(TransportationProblem p, long limit) {
        long[] supply = new long[p.sources()];
        long[] capacity = new long[p.sinks()];
        long[] cost = new long[p.sources() * p.sinks()];
        for (int i = 0; i < p.sources(); i++) {
            supply[i] = p.supply(i);
            for (int j = 0; j < p.sinks(); j++) {
                cost[i * p.sinks() + j] = p.hasArc(i, j) && p.cost(i, j) < limit ? p.cost(i, j) : TransportationProblem.NO_ARC;
            }
        }
        for (int j = 0; j < p.sinks(); j++) {
            capacity[j] = p.capacity(j);
        }
        return new TransportationProblem(supply, capacity, cost);
    }

    private static void assertStockAndQuantities(TransportRequest request, TransportPlan plan) {
        Map<String, Long> taken = new HashMap<>();
        Map<String, Long> delivered = new HashMap<>();
        for (Shipment s : plan.shipments()) {
            taken.merge(s.depot() + "/" + s.item(), s.quantity(), Long::sum);
            delivered.merge(s.demand(), s.quantity(), Long::sum);
        }
        for (Depot depot : request.depots()) {
            depot.stock().forEach((item, stock) ->
                    assertThat(taken.getOrDefault(depot.id() + "/" + item, 0L)).isLessThanOrEqualTo(stock));
        }
        Map<String, Long> unmet = new HashMap<>();
        plan.unmet().forEach(u -> unmet.put(u.demand(), u.quantity()));
        for (Demand demand : request.demands()) {
            assertThat(delivered.getOrDefault(demand.id(), 0L) + unmet.getOrDefault(demand.id(), 0L))
                    .isEqualTo(demand.quantity());
        }
    }

    static TransportRequest randomRequest(Random random, int demands, int depots, Objective objective) {
        String[] items = {"tent", "quilt", "water", "food"};
        String[] townships = {"t1", "t2", "t3"};
        List<Demand> d = new ArrayList<>();
        for (int k = 0; k < demands; k++) {
            d.add(new Demand("D" + k, items[random.nextInt(items.length)], 1L + random.nextInt(80), "dest" + k,
                    townships[random.nextInt(townships.length)], null, null, null));
        }
        List<Depot> p = new ArrayList<>();
        List<List<Double>> matrix = new ArrayList<>();
        for (int j = 0; j < depots; j++) {
            Map<String, Long> stock = new HashMap<>();
            for (String item : items) {
                if (random.nextBoolean()) {
                    stock.put(item, (long) random.nextInt(300));
                }
            }
            Level level = Level.values()[random.nextInt(3)];
            p.add(new Depot("P" + j, level, townships[random.nextInt(townships.length)], null, null, stock, null));
            List<Double> row = new ArrayList<>();
            for (int k = 0; k < demands; k++) {
                row.add(random.nextInt(10) == 0 ? null : (double) (5 + random.nextInt(40)) * (random.nextBoolean() ? 1 : 7.5));
            }
            matrix.add(row);
        }
        return new TransportRequest(T0, 10.0, objective, d, p, matrix);
    }

    private static TransportRequest request(Objective objective, List<Demand> demands, List<Depot> depots,
                                            List<List<Double>> minutes) {
        return new TransportRequest(T0, 12.0, objective, demands, depots, minutes);
    }

    private static Demand demand(String id, String item, long quantity, String township) {
        return new Demand(id, item, quantity, id + "-dest", township, null, null, null);
    }

    private static Depot county(String id, Map<String, Long> stock) {
        return new Depot(id, Level.COUNTY, "t0", 29.0, 121.9, stock, null);
    }

    private static void assertRefused(TransportRequest request, String code) {
        assertThatThrownBy(() -> TransportPlanner.plan(request, NO_ESTIMATES, T0)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(code));
    }
}
