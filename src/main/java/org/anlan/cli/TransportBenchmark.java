package org.anlan.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.geo.allocation.TransportationProblem;
import org.anlan.supply.transport.TransportPlan;
import org.anlan.supply.transport.TransportPlanner;
import org.anlan.supply.transport.TransportRequest;
import org.anlan.supply.transport.TransportRequest.Demand;
import org.anlan.supply.transport.TransportRequest.Depot;
import org.anlan.supply.transport.TransportRequest.Level;
import org.anlan.supply.transport.TravelTimeSource;

/** The transport case of {@code bench evacuation}: 200 demands of eight items from 40 depots at three levels. */
final class TransportBenchmark {

    private static final String[] ITEMS = {"tent", "quilt", "folding-bed", "life-jacket", "pump", "generator",
            "food", "water"};
    /** Straight line × 1.35 at 40 km/h, the shape of the county's own estimate without its geography. */
    private static final TravelTimeSource TRAVEL = (a, b) ->
            org.anlan.geo.GreatCircle.distanceKm(a, b) * 1.35 / 40.0 * 60.0;

    interface Row {
        void print(String name, AllocationBenchmark.Timing ours, AllocationBenchmark.Timing baseline);
    }

    private TransportBenchmark() {
    }

    static void run(Row row, int rounds) {
        TransportRequest request = request(new Random(40), 200, 40);
        Instant now = Instant.parse("2026-09-01T00:00:00Z");
        TransportPlan plan = TransportPlanner.plan(request, TRAVEL, now);
        long unmet = plan.unmet().stream().mapToLong(TransportPlan.Unmet::quantity).sum();
        JGraphTTransportation.Result reference = baseline(request);
        if (unmet != reference.unassigned()
                || Math.abs(plan.totalQuantityMinutes() - reference.cost() / TransportationProblem.COST_SCALE) > 1e-3) {
            throw new IllegalStateException("transport results differ: anlan " + plan.totalQuantityMinutes()
                    + " (unmet " + unmet + "), JGraphT " + reference.cost() / TransportationProblem.COST_SCALE
                    + " (unmet " + reference.unassigned() + ")");
        }
        row.print("transport plan 200 demands × 40 depots",
                AllocationBenchmark.measure(rounds, () -> TransportPlanner.plan(request, TRAVEL, now)),
                AllocationBenchmark.measure(rounds, () -> baseline(request)));
        TransportRequest bottleneck = new TransportRequest(request.departure(), request.deadlineHours(),
                TransportRequest.Objective.LATEST_ARRIVAL, request.demands(), request.depots(), null);
        row.print("  same, latest arrival first (binary search)",
                AllocationBenchmark.measure(rounds, () -> TransportPlanner.plan(bottleneck, TRAVEL, now)), null);
    }

    private static JGraphTTransportation.Result baseline(TransportRequest request) {
        long cost = 0;
        long unmet = 0;
        for (TransportationProblem problem : TransportPlanner.problems(request, TRAVEL)) {
            JGraphTTransportation.Result result = JGraphTTransportation.solve(problem);
            cost += result.cost();
            unmet += result.unassigned();
        }
        return new JGraphTTransportation.Result(cost, unmet);
    }

    static TransportRequest request(Random random, int demands, int depots) {
        String[] townships = new String[18];
        for (int t = 0; t < townships.length; t++) {
            townships[t] = "330225" + (100 + t);
        }
        List<Demand> d = new ArrayList<>(demands);
        for (int k = 0; k < demands; k++) {
            d.add(new Demand("D" + k, ITEMS[random.nextInt(ITEMS.length)], 20L + random.nextInt(300), "shelter-" + k,
                    townships[random.nextInt(townships.length)], 28.95 + random.nextDouble() * 0.55,
                    121.65 + random.nextDouble() * 0.45, null));
        }
        List<Depot> p = new ArrayList<>(depots);
        for (int j = 0; j < depots; j++) {
            Level level = j < 4 ? Level.COUNTY : j < 22 ? Level.TOWNSHIP : Level.VILLAGE;
            Map<String, Long> stock = new HashMap<>();
            for (String item : ITEMS) {
                long scale = level == Level.COUNTY ? 2_000 : level == Level.TOWNSHIP ? 400 : 60;
                stock.put(item, (long) random.nextInt((int) scale));
            }
            p.add(new Depot("P" + j, level, townships[j % townships.length], 28.95 + random.nextDouble() * 0.55,
                    121.65 + random.nextDouble() * 0.45, stock, null));
        }
        return new TransportRequest(null, 10.0, TransportRequest.Objective.TOTAL_TIME, d, p, null);
    }
}
