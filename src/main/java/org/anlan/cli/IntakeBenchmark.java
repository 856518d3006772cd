package org.anlan.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench intake}: starts the platform on a throw-away embedded database, drives the public report API
 * with N concurrent clients, then measures plain single-row JDBC inserts with N connections into the same
 * database, and prints both rates, the intake latencies and their ratio.
 */
final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    static int run(Class<?> application, List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        int clients = intOption(arguments, "--clients", 100);
        Duration duration = Duration.ofSeconds(intOption(arguments, "--seconds", 10));
        int fixedWarmup = intOption(arguments, "--warmup", -1);
        out.printf("Starting Anlan on a temporary embedded PostgreSQL (synchronous commit on)...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false).run(
                "--server.port=0", "--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--anlan.public-report.per-minute=1000000000",
                "--server.tomcat.threads.max=" + Math.max(200, clients * 2))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var load = new ReportLoad("http://localhost:" + port).withServerTypes();
            warmUp(load, clients, fixedWarmup, out);
            DataSource dataSource = app.getBean(DataSource.class);
            var cpu = new CpuAccount(IntakeBenchmark::threadGroup, postmasterPid(dataSource));
            out.printf("Intake: %d clients for %d s...%n", clients, duration.toSeconds());
            var beforeIntake = cpu.snapshot();
            ReportLoad.Result intake = load.run(clients, duration, null);
            var intakeCpu = cpu.snapshot().since(beforeIntake);
            CpuAccount.moveClientTime(intakeCpu, intake.clientCpuNanos());
            out.printf("Plain inserts: %d connections for %d s...%n", clients, duration.toSeconds());
            plainInserts(dataSource, clients, Duration.ofSeconds(3), new long[2]);
            var beforePlain = cpu.snapshot();
            long[] plainRowsAndCpu = new long[2];
            double plain = plainInserts(dataSource, clients, duration, plainRowsAndCpu);
            var plainCpu = cpu.snapshot().since(beforePlain);
            CpuAccount.moveClientTime(plainCpu, plainRowsAndCpu[1]);
            out.println();
            out.printf("intake (HTTP, durable): %,.0f reports/s   p50 %.1f ms   p99 %.1f ms   (%,d acknowledged, %,d failed)%n",
                    intake.perSecond(), intake.percentileMillis(50), intake.percentileMillis(99), intake.acknowledged(),
                    intake.failed());
            out.printf("baseline (plain single-row JDBC inserts, autocommit): %,.0f rows/s%n", plain);
            out.printf("ratio intake / baseline: %.2f%n", intake.perSecond() / plain);
            out.println();
            printCpu(out, "CPU per acknowledged report", intakeCpu, intake.acknowledged());
            printCpu(out, "CPU per plain insert", plainCpu, plainRowsAndCpu[0]);
            return 0;
        }
    }

    /**
     * Runs the load until the JIT compiler is done with the intake path: rounds of two seconds until one spends
     * under 2% of its time compiling (at least 6 s, at most 90 s), or a fixed number of seconds when asked. A
     * measurement taken while the compiler still works measures the compiler, and on two cores it takes one.
     */
    private static void warmUp(ReportLoad load, int clients, int fixedSeconds, PrintStream out) throws InterruptedException {
        if (fixedSeconds >= 0) {
            out.printf("Warming up for %d s...%n", fixedSeconds);
            load.run(clients, Duration.ofSeconds(fixedSeconds), null);
            return;
        }
        out.printf("Warming up until the JIT compiler is quiet...%n");
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        Duration round = Duration.ofSeconds(2);
        for (int elapsed = 0; elapsed < 90; elapsed += (int) round.toSeconds()) {
            long compilingBefore = compiler.getTotalCompilationTime();
            load.run(clients, round, null);
            double compilingShare = (compiler.getTotalCompilationTime() - compilingBefore) / (double) round.toMillis();
            if (elapsed >= 6 && compilingShare < 0.02) {
                out.printf("  warm after %d s (compiling %.1f%% of the last round)%n", elapsed + round.toSeconds(),
                        compilingShare * 100);
                return;
            }
        }
        out.printf("  still compiling after 90 s; measuring anyway%n");
    }

    private static String threadGroup(String threadName) {
        if (threadName.startsWith("http-nio")) {
            return "server request threads (HTTP, parse, grade, wait)";
        }
        if (threadName.startsWith("incident-intake")) {
            return "intake writer (group commit)";
        }
        return "other thread " + threadName.replaceAll("\\d+", "N");
    }

    private static void printCpu(PrintStream out, String title, Map<String, Long> spent, long operations) {
        if (operations == 0) {
            return;
        }
        long total = spent.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
                .mapToLong(Map.Entry::getValue).sum();
        out.printf("%s: %,.0f µs%n", title, total / 1e3 / operations);
        spent.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.printf("  %8.1f µs  %s%n", e.getValue() / 1e3 / operations, e.getKey()));
    }

    /** The PostgreSQL server's process: the parent of this connection's backend; -1 when it cannot be found. */
    private static long postmasterPid(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement();
             var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return CpuAccount.parentOf(rs.getLong(1));
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static final String PLAIN_INSERT_THREAD_PREFIX = "plain-insert-";

    /** Rate of plain inserts; {@code rowsAndCpuOut} receives the rows written and the client threads' CPU nanoseconds. */
    private static double plainInserts(DataSource dataSource, int connections, Duration duration, long[] rowsAndCpuOut)
            throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_plain_insert (id BIGSERIAL PRIMARY KEY, "
                    + "payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections,
                ReportLoad.namedThreads(PLAIN_INSERT_THREAD_PREFIX));
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        var clientCpu = new java.util.concurrent.atomic.AtomicLong();
        for (int i = 0; i < connections; i++) {
            counts.add(pool.submit(() -> {
                long rows = 0;
                try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO bench_plain_insert (payload) VALUES (?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < deadline) {
                        insert.setString(1, "负载测试报告 " + rows);
                        insert.executeUpdate();
                        rows++;
                    }
                }
                clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                return rows;
            }));
        }
        pool.shutdown();
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
        rowsAndCpuOut[0] = total;
        rowsAndCpuOut[1] = clientCpu.get();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    static int intOption(List<String> arguments, String name, int fallback) {
        int at = arguments.indexOf(name);
        if (at >= 0 && at + 1 < arguments.size()) {
            return Integer.parseInt(arguments.get(at + 1));
        }
        return fallback;
    }

    static String stringOption(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
