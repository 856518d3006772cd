package org.anlan.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PrintStream out;
    private final int rounds;

    private AllocationBenchmark(PrintStream out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    static int run(List<String> args, PrintStream out) {
        int rounds = Math.max(1, IntakeBenchmark.intOption(args, "--rounds", 5));
        var bench = new AllocationBenchmark(out, rounds);
        out.printf("%-46s %9s %9s %10s %10s %8s %8s%n", "case (median ms)", "anlan", "anlan cpu", "JGraphT",
                "JGraphT cpu", "ratio", "cpu ratio");
        bench.evacuation("evacuation 500 villages × 250 shelters", 500, 250, Math.max(2, rounds), rounds);
        bench.replan("re-plan after one shelter closes (500 × 250)", 500, 250);
        if (args.contains("--large-baseline")) {
            bench.evacuation("evacuation 5,000 villages × 1,000 shelters", 5_000, 1_000, 1, 1);
        } else {
            bench.growth("evacuation 5,000 villages × 1,000 shelters", 5_000, 1_000);
        }
        TransportBenchmark.run(bench::row, rounds);
        return 0;
    }

    /** JGraphT warms up only on the small case (where it runs in seconds, not minutes). */
    private void evacuation(String name, int villages, int shelters, int warmup, int timedRounds) {
        EvacuationRequest request = request(new Random(villages * 31L + shelters), villages, shelters, 1.3);
        check(request);
        Timing ours = measure(Math.max(2, warmup), timedRounds, () -> EvacuationPlanner.plan(request));
        Timing baseline = measure(warmup > 1 ? 2 : 0, Math.min(timedRounds, 3),
                () -> JGraphTTransportation.solve(EvacuationPlanner.open(request).problem()));
        row(name, ours, baseline);
    }

    /** The growth case alone: JGraphT needs minutes and gigabytes for 5 million arcs (--large-baseline runs it). */
    private void growth(String name, int villages, int shelters) {
        EvacuationRequest request = request(new Random(villages * 31L + shelters), villages, shelters, 1.3);
        row(name + " (JGraphT: --large-baseline)", measure(1, 2, () -> EvacuationPlanner.plan(request)), null);
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
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int r = 0; r < rounds + 3; r++) {
            EvacuationPlanner.Session session = EvacuationPlanner.open(request);
            session.plan();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            session.closeShelter(closed);
            if (r >= 3) {
                wall.add((System.nanoTime() - start) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6);
            }
        }
        Timing baseline = measure(Math.min(rounds, 3),
                () -> JGraphTTransportation.solve(EvacuationPlanner.open(without).problem()));
        row(name, new Timing(median(wall), median(cpu)), baseline);
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

    void row(String name, Timing ours, Timing baseline) {
        if (baseline == null) {
            out.printf("%-46s %9.2f %9.2f %10s %10s%n", name, ours.wallMs(), ours.cpuMs(), "-", "-");
            return;
        }
        out.printf("%-46s %9.2f %9.2f %10.2f %10.2f %7.1fx %7.1fx%n", name, ours.wallMs(), ours.cpuMs(),
                baseline.wallMs(), baseline.cpuMs(), baseline.wallMs() / ours.wallMs(), baseline.cpuMs() / ours.cpuMs());
        out.flush();
    }

    /**
     * Median wall-clock and median CPU milliseconds of the measuring thread. The CPU time is printed too because
     * the development machine's two cores are shared: wall time there includes waiting for a core.
     */
    record Timing(double wallMs, double cpuMs) {
    }

    /** Median of {@code timed} runs after as many warm-up runs (at least two). */
    static Timing measure(int timed, Supplier<?> work) {
        return measure(Math.max(2, timed), timed, work);
    }

    static Timing measure(int warmup, int timed, Supplier<?> work) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int r = 0; r < warmup + timed; r++) {
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = work.get();
            long end = System.nanoTime();
            long endCpu = THREADS.getCurrentThreadCpuTime();
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            if (r >= warmup) {
                wall.add((end - start) / 1e6);
                cpu.add((endCpu - startCpu) / 1e6);
            }
        }
        return new Timing(median(wall), median(cpu));
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
