package org.anlan.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.anlan.geo.Geometries;
import org.anlan.vessel.ais.AisDecoder;
import org.anlan.vessel.ais.AisMessage;
import org.anlan.vessel.ais.PositionReport;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.Alarm;
import org.anlan.vessel.stream.PipelineCounts;
import org.anlan.vessel.stream.PipelineSettings;
import org.anlan.vessel.stream.PositionPipeline;
import org.anlan.vessel.stream.SyntheticTraffic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * {@code bench vessels}: the position pipeline on fixed-seed synthetic Xiangshan traffic, on one thread, each stage
 * beside its baseline measured in the same run, after checking that both give the same results.
 */
final class VesselBenchmark {

    private static final long SEED = 20_260_529L;
    private static final long START_MILLIS = 1_780_000_000_000L;
    /** Timed runs of each end-to-end row: more than the other rows' three, as the target is judged on this row. */
    private static final int END_TO_END_ROUNDS = 10;

    private VesselBenchmark() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        int positions = IntakeBenchmark.intOption(args, "--positions", 1_000_000);
        int fenceCount = IntakeBenchmark.intOption(args, "--fences", 1000);
        int vessels = IntakeBenchmark.intOption(args, "--vessels", 3000);
        int naivePoints = IntakeBenchmark.intOption(args, "--naive-points", 2000);
        int latencySeconds = IntakeBenchmark.intOption(args, "--latency-seconds", 3);
        String postgis = IntakeBenchmark.stringOption(args, "--postgis", System.getenv("ANLAN_POSTGIS_URL"));

        List<Fence> fences = SyntheticTraffic.fences(SEED, fenceCount);
        SyntheticTraffic.Stream stream = SyntheticTraffic.sentences(SEED, vessels, positions, START_MILLIS, 1);
        String[] lines = stream.lines();
        long maxVertices = fences.stream().mapToLong(f -> f.area().getNumPoints()).max().orElse(0);
        out.printf("synthetic Xiangshan traffic (seed %d): %,d sentences from %,d vessels, %,d fences "
                + "(largest %,d vertices), one thread%n%n", SEED, positions, vessels, fenceCount, maxVertices);

        double[][] points = decoderStage(lines, out);
        fenceStage(fences, points, naivePoints, postgis, out);
        endToEnd(fences, stream, out);
        latency(fences, stream, latencySeconds, out);
        return 0;
    }

    private static double[][] decoderStage(String[] lines, PrintStream out) {
        var report = new PositionReport();
        var fast = new AisDecoder();
        var general = new AisDecoder();
        double[] lat = new double[lines.length];
        double[] lon = new double[lines.length];
        for (int i = 0; i < lines.length; i++) {
            fast.feed(lines[i], report);
            List<AisMessage> expected = general.feed(lines[i]);
            if (!report.filled() || expected.size() != 1 || !expected.get(0).get("lat").equals(report.lat())
                    || !expected.get(0).get("lon").equals(report.lon())) {
                throw new IllegalStateException("fast and general decoding differ on " + lines[i]);
            }
            lat[i] = report.lat();
            lon[i] = report.lon();
        }
        out.println("results checked equal: fast decoder = general decoder on every sentence");
        Rate fastRate = rate(lines.length, () -> {
            var decoder = new AisDecoder();
            long sum = 0;
            for (String line : lines) {
                decoder.feed(line, report);
                sum += report.mmsi();
            }
            return sum;
        });
        Rate generalRate = rate(lines.length, () -> {
            var decoder = new AisDecoder();
            long sum = 0;
            for (String line : lines) {
                sum += decoder.feed(line).size();
            }
            return sum;
        });
        row(out, "decoder alone (sentences/s)", fastRate, "general path (maps)", generalRate, 5_000_000);
        return new double[][] {lat, lon};
    }

    private static void fenceStage(List<Fence> fences, double[][] points, int naivePoints, String postgis,
            PrintStream out) throws SQLException {
        double[] lat = points[0];
        double[] lon = points[1];
        FenceSet set = FenceSet.of(fences);
        STRtree tree = new STRtree();
        PreparedGeometry[] prepared = new PreparedGeometry[fences.size()];
        for (int i = 0; i < fences.size(); i++) {
            prepared[i] = PreparedGeometryFactory.prepare(fences.get(i).area());
            tree.insert(fences.get(i).area().getEnvelopeInternal(), i);
        }
        tree.build();
        var hits = new FenceHits();
        int n = lat.length;
        int naive = Math.min(naivePoints, n);
        for (int i = 0; i < n; i++) {
            set.covering(lat[i], lon[i], hits);
            int[] ours = hits.toSortedArray();
            int[] strtree = strtreeHits(tree, prepared, lat[i], lon[i]);
            if (!Arrays.equals(ours, strtree) || i < naive && !Arrays.equals(ours, naiveHits(fences, lat[i], lon[i]))) {
                throw new IllegalStateException("fence answers differ at " + lat[i] + "," + lon[i]);
            }
        }
        out.printf("results checked equal: grid = STRtree/PreparedGeometry on %,d positions, = naive contains on %,d%n",
                n, naive);
        Rate gridRate = rate(n, () -> {
            long total = 0;
            for (int i = 0; i < n; i++) {
                set.covering(lat[i], lon[i], hits);
                total += hits.size();
            }
            return total;
        });
        Rate treeRate = rate(n, () -> {
            long total = 0;
            for (int i = 0; i < n; i++) {
                total += strtreeHits(tree, prepared, lat[i], lon[i]).length;
            }
            return total;
        });
        Rate naiveRate = rate(naive, () -> {
            long total = 0;
            for (int i = 0; i < naive; i++) {
                total += naiveHits(fences, lat[i], lon[i]).length;
            }
            return total;
        });
        row(out, "fence stage (positions/s)", gridRate, "(b) STRtree of PreparedGeometry", treeRate, 0);
        row(out, "fence stage (positions/s)", gridRate, "(a) naive loop of JTS contains", naiveRate, 0);
        postgis(fences, lat, lon, gridRate, postgis, out);
    }

    private static void postgis(List<Fence> fences, double[] lat, double[] lon, Rate gridRate, String url,
            PrintStream out) throws SQLException {
        if (url == null || url.isBlank()) {
            out.println("(c) PostGIS ST_Intersects with a GiST index: skipped: no PostGIS (set --postgis JDBC_URL)");
            return;
        }
        try (Connection db = DriverManager.getConnection(url)) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TEMP TABLE bench_fence (id int PRIMARY KEY, area geometry(Geometry, 4326))");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO bench_fence VALUES (?, ST_GeomFromText(?, 4326))")) {
                for (int i = 0; i < fences.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, Geometries.toWkt(fences.get(i).area()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE INDEX ON bench_fence USING gist (area)");
                ddl.execute("ANALYZE bench_fence");
            }
            int n = Math.min(20_000, lat.length);
            var hits = new FenceHits();
            FenceSet set = FenceSet.of(fences);
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM bench_fence "
                    + "WHERE ST_Intersects(area, ST_SetSRID(ST_MakePoint(?, ?), 4326)) ORDER BY id")) {
                for (int i = 0; i < Math.min(2000, n); i++) {
                    set.covering(lat[i], lon[i], hits);
                    if (!Arrays.equals(hits.toSortedArray(), postgisHits(query, lat[i], lon[i]))) {
                        throw new IllegalStateException("PostGIS answers differ at " + lat[i] + "," + lon[i]);
                    }
                }
                Rate rate = rateChecked(n, () -> {
                    long total = 0;
                    for (int i = 0; i < n; i++) {
                        total += postgisHits(query, lat[i], lon[i]).length;
                    }
                    return total;
                });
                row(out, "fence stage (positions/s)", gridRate, "(c) PostGIS ST_Intersects + GiST", rate, 0);
            }
        } catch (SQLException e) {
            out.println("(c) PostGIS ST_Intersects with a GiST index: skipped: no PostGIS (" + e.getMessage() + ")");
        }
    }

    private static int[] postgisHits(PreparedStatement query, double lat, double lon) throws SQLException {
        query.setDouble(1, lon);
        query.setDouble(2, lat);
        try (ResultSet rows = query.executeQuery()) {
            int[] ids = new int[4];
            int size = 0;
            while (rows.next()) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size++] = rows.getInt(1);
            }
            return Arrays.copyOf(ids, size);
        }
    }

    /**
     * The whole pipeline: replayed in blocks ({@link PositionPipeline#replay}) beside the same pipeline taking the
     * lines one by one, after checking that both raise the same alarms from the same lines and end with the same
     * counts.
     */
    private static void endToEnd(List<Fence> fences, SyntheticTraffic.Stream stream, PrintStream out) {
        String[] lines = stream.lines();
        long[] millis = stream.receivedAtMillis();
        Instant[] times = Arrays.stream(millis).mapToObj(Instant::ofEpochMilli).toArray(Instant[]::new);
        FenceSet set = FenceSet.of(fences);
        List<String> oneByOneAlarms = new ArrayList<>();
        var oneByOne = new PositionPipeline(set, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        for (int i = 0; i < lines.length; i++) {
            for (Alarm alarm : oneByOne.acceptSentence(lines[i], times[i])) {
                oneByOneAlarms.add(i + " " + alarm);
            }
        }
        List<String> blockAlarms = new ArrayList<>();
        var blocks = new PositionPipeline(set, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        blocks.replay(lines, millis, (alarm, line) -> blockAlarms.add(line + " " + alarm));
        if (!blockAlarms.equals(oneByOneAlarms) || !blocks.counts().equals(oneByOne.counts())) {
            throw new IllegalStateException("the block replay and one-by-one processing differ");
        }
        PipelineCounts counts = blocks.counts();
        out.printf("results checked equal: block replay = one by one (%,d alarms from the same lines, same counts)%n",
                blockAlarms.size());
        out.printf("end to end: %,d positions, %,d duplicates dropped, %,d fence alarms, %,d collision alarms, "
                + "%,d CPA pairs%n", counts.positions(), counts.duplicates(), counts.fenceAlarms(),
                counts.collisionAlarms(), counts.pairsCompared());
        Rate oneByOneRate = rate(lines.length, END_TO_END_ROUNDS, () -> {
            var pipeline = new PositionPipeline(set, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
            long alarms = 0;
            for (int i = 0; i < lines.length; i++) {
                alarms += pipeline.acceptSentence(lines[i], times[i]).size();
            }
            return alarms;
        });
        Rate blockRate = rate(lines.length, END_TO_END_ROUNDS, () -> {
            var pipeline = new PositionPipeline(set, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
            long[] alarms = new long[1];
            pipeline.replay(lines, millis, (alarm, line) -> alarms[0]++);
            return alarms[0];
        });
        row(out, "end to end, blocks (sentences/s)", blockRate, "one by one (acceptSentence)", oneByOneRate,
                1_000_000);
        out.printf("%-34s %,12.0f /s                          vs %-32s %,11.0f /s  (best and median of %d runs)%n",
                "end to end, blocks, median run", blockRate.medianWall(), "one by one, median run",
                oneByOneRate.medianWall(), END_TO_END_ROUNDS);
    }

    private static void latency(List<Fence> fences, SyntheticTraffic.Stream stream, int seconds, PrintStream out) {
        var pipeline = new PositionPipeline(FenceSet.of(fences), SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        String[] lines = stream.lines();
        long[] times = stream.receivedAtMillis();
        int count = Math.min(lines.length, 10_000 * seconds);
        PacedLatency.Result result = PacedLatency.measure(count, 10_000, System::nanoTime,
                i -> pipeline.acceptSentence(lines[i], Instant.ofEpochMilli(times[i])).size());
        out.printf("%-34s %,12.3f ms  (p50 %.3f ms, max %.3f ms, %,d positions paced at 10,000/s)  target < 5 ms%n",
                "p99 ingest-to-alarm latency", result.p99Millis(), result.p50Millis(), result.maxMillis(), count);
    }

    private static int[] strtreeHits(STRtree tree, PreparedGeometry[] prepared, double lat, double lon) {
        Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream().mapToInt(Integer::intValue).filter(i -> prepared[i].covers(point)).sorted().toArray();
    }

    private static int[] naiveHits(List<Fence> fences, double lat, double lon) {
        Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
        int[] hits = new int[4];
        int size = 0;
        for (int i = 0; i < fences.size(); i++) {
            if (fences.get(i).area().contains(point)) {
                if (size == hits.length) {
                    hits = Arrays.copyOf(hits, size * 2);
                }
                hits[size++] = i;
            }
        }
        return Arrays.copyOf(hits, size);
    }

    interface Work {
        long run() throws Exception;
    }

    /**
     * Operations per second of the fastest timed run, by the wall clock and per second of this thread's CPU time,
     * and of the median run by the wall clock.
     */
    record Rate(double wall, double cpu, double medianWall) {
    }

    /** The best of three timed runs after two warm-up runs. */
    private static Rate rate(int operations, LongSupplier work) {
        return rate(operations, 3, work);
    }

    /**
     * The best of {@code rounds} timed runs after two warm-up runs: on a host shared with other guests a run is
     * slowed by whatever they do at the time, so the fastest run is the closest to the code's own speed.
     */
    private static Rate rate(int operations, int rounds, LongSupplier work) {
        return rateChecked(operations, rounds, work::getAsLong);
    }

    private static Rate rateChecked(int operations, Work work) {
        return rateChecked(operations, 3, work);
    }

    private static Rate rateChecked(int operations, int rounds, Work work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            long sink = 0;
            for (int i = 0; i < 2; i++) {
                sink += work.run();
            }
            long[] walls = new long[rounds];
            long bestCpu = Long.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                sink += work.run();
                walls[i] = System.nanoTime() - start;
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            }
            if (sink == Long.MIN_VALUE) {
                System.out.print("");
            }
            Arrays.sort(walls);
            return new Rate(operations / (walls[0] / 1e9), operations / (Math.max(1, bestCpu) / 1e9),
                    operations / (walls[rounds / 2] / 1e9));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(PrintStream out, String label, Rate rate, String baseline, Rate baselineRate,
            double target) {
        out.printf("%-34s %,12.0f /s (%,12.0f per CPU-s)  vs %-32s %,11.0f /s (%,11.0f per CPU-s)  ×%.1f%s%n",
                label, rate.wall(), rate.cpu(), baseline, baselineRate.wall(), baselineRate.cpu(),
                rate.cpu() / baselineRate.cpu(), target > 0 ? String.format("   target ≥ %,.0f/s", target) : "");
    }
}
