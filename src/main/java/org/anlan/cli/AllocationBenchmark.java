package org.anlan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.anlan.geo.allocation.TransportationSolution;
import org.anlan.shelter.evacuation.EvacuationPlan;
import org.anlan.shelter.evacuation.EvacuationPlanner;
import org.anlan.shelter.evacuation.EvacuationRequest;
import org.anlan.shelter.evacuation.EvacuationRequest.Shelter;
import org.anlan.shelter.evacuation.EvacuationRequest.Village;

/**
 * {@code bench evacuation}: evacuation allocation (500 × 250 and 5,000 × 1,000 villages × shelters), re-planning
 * after one shelter closes, and a transport plan, each timed beside JGraphT's capacity-scaling min-cost flow on
 * the same problem in the same run. Every pair of results is checked equal (people left out and cost, in the
 * solver's integer units) before anything is timed. Times are medians after warm-up rounds.
 */
final class AllocationBenchmark {

    private final PrintStream out;
    private final int rounds;

    private AllocationBenchmark(PrintStream out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    static int run(List<String> args, PrintStream out) {
        int rounds = Math.max(1, IntakeBenchmark.intOption(args, "--rounds", 5));
        var bench = new AllocationBenchmark(out, rounds);
        out.printf("%-44s %12s %12s %8s%n", "case", "anlan ms", "JGraphT ms", "ratio");
        bench.evacuation("evacuation 500 villages × 250 shelters", 500, 250, rounds);
        bench.replan("re-plan after one shelter closes (500 × 250)", 500, 250);
        bench.evacuation("evacuation 5,000 villages × 1,000 shelters", 5_000, 1_000, 1);
        // TRANSPORT
        return 0;
    }

    private void evacuation(String name, int villages, int shelters, int timedRounds) {
        EvacuationRequest request = request(new Random(villages * 31L + shelters), villages, shelters, 1.3);
        check(request);
        double ours = median(timedRounds, () -> EvacuationPlanner.plan(request));
        double baseline = median(Math.min(timedRounds, 3),
                () -> JGraphTTransportation.solve(EvacuationPlanner.open(request).problem()));
        row(name, ours, baseline);
    }

    private void replan(String name, int villages, int shelters) {
        EvacuationRequest request = request(new Random(97), villages, shelters, 1.3);
        EvacuationPlanner.Session reference = EvacuationPlanner.open(request);
        EvacuationPlan plan = reference.plan();
        String closed = busiestShelter(plan);
        EvacuationRequest without = new EvacuationRequest(request.villages(),
                request.shelters().stream().filter(s -> !s.id().equals(closed)).toList());
        EvacuationPlanner.Session replanned = EvacuationPlanner.open(request);
        replanned.plan();
        replanned.closeShelter(closed);
        requireEqual(replanned.lastSolution(), JGraphTTransportation.solve(EvacuationPlanner.open(without).problem()));
        List<Double> warm = new ArrayList<>();
        for (int r = 0; r < rounds + 3; r++) {
            EvacuationPlanner.Session session = EvacuationPlanner.open(request);
            session.plan();
            long start = System.nanoTime();
            session.closeShelter(closed);
            warm.add((System.nanoTime() - start) / 1e6);
        }
        double ours = median(warm.subList(3, warm.size()));
        double baseline = median(Math.min(rounds, 3),
                () -> JGraphTTransportation.solve(EvacuationPlanner.open(without).problem()));
        row(name, ours, baseline);
    }

    private static String busiestShelter(EvacuationPlan plan) {
        var load = new java.util.HashMap<String, Long>();
        plan.assignments().forEach(a -> load.merge(a.shelter(), a.people(), Long::sum));
        return load.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void check(EvacuationRequest request) {
        EvacuationPlanner.Session session = EvacuationPlanner.open(request);
        session.plan();
        requireEqual(session.lastSolution(), JGraphTTransportation.solve(session.problem()));
    }

    static void requireEqual(TransportationSolution ours, JGraphTTransportation.Result baseline) {
        if (ours.totalUnassigned() != baseline.unassigned() || (long) ours.cost() != baseline.cost()) {
            throw new IllegalStateException("results differ: anlan " + (long) ours.cost() + " (unassigned "
                    + ours.totalUnassigned() + "), JGraphT " + baseline.cost() + " (unassigned "
                    + baseline.unassigned() + ")");
        }
    }

    void row(String name, double ours, double baseline) {
        out.printf("%-44s %12.2f %12.2f %7.1fx%n", name, ours, baseline, baseline / ours);
        out.flush();
    }

    /** Median milliseconds of {@code timed} runs after as many warm-up runs (at least two). */
    static double median(int timed, Supplier<?> work) {
        int warmup = Math.max(2, timed);
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < warmup + timed; r++) {
            long start = System.nanoTime();
            Object result = work.get();
            double ms = (System.nanoTime() - start) / 1e6;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            if (r >= warmup) {
                times.add(ms);
            }
        }
        return median(times);
    }

    private static double median(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Villages and shelters spread over the county's extent; total capacity {@code ratio} × people. */
    static EvacuationRequest request(Random random, int villages, int shelters, double ratio) {
        List<Village> v = new ArrayList<>(villages);
        long people = 0;
        for (int i = 0; i < villages; i++) {
            long p = 30 + random.nextInt(600);
            people += p;
            v.add(new Village("V" + i, p, 28.95 + random.nextDouble() * 0.55, 121.65 + random.nextDouble() * 0.45));
        }
        List<Shelter> s = new ArrayList<>(shelters);
        long mean = (long) (people * ratio / shelters);
        for (int j = 0; j < shelters; j++) {
            s.add(new Shelter("S" + j, mean / 2 + random.nextInt((int) mean + 1),
                    28.95 + random.nextDouble() * 0.55, 121.65 + random.nextDouble() * 0.45));
        }
        return new EvacuationRequest(v, s);
    }
}
