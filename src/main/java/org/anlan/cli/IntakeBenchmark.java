package org.anlan.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench intake}: starts the platform on a throw-away embedded database, drives the public report API
 * with N concurrent clients and measures plain single-row JDBC inserts with N connections into the same
 * database, in alternating rounds (so that a disturbance of a shared machine falls on both alike), and prints
 * both rates, the intake latencies and their ratio.
 */
final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    static int run(Class<?> application, List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        int clients = intOption(arguments, "--clients", 100);
        Duration duration = Duration.ofSeconds(intOption(arguments, "--seconds", 10));
        int fixedWarmup = intOption(arguments, "--warmup", -1);
        int rounds = Math.max(1, intOption(arguments, "--rounds", 2));
        if (duration.toSeconds() < rounds) {
            throw new IllegalArgumentException("--seconds must be at least --rounds");
        }
        ReportLoad.Result intake = null;
        PlainInserts.Result plain = null;
        Map<String, Long> intakeCpu = new java.util.LinkedHashMap<>();
        Map<String, Long> plainCpu = new java.util.LinkedHashMap<>();
        out.printf("Starting Anlan on a temporary embedded PostgreSQL (synchronous commit on)...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false).run(
                "--server.port=0", "--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--anlan.public-report.per-minute=1000000000",
                "--server.tomcat.threads.max=" + Math.max(200, clients * 2))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var load = new ReportLoad("http://localhost:" + port).withServerTypes();
            DataSource dataSource = app.getBean(DataSource.class);
            var cpu = new CpuAccount(IntakeBenchmark::threadGroup, postmasterPid(dataSource));
            try (var plainInserts = PlainInserts.open(dataSource, clients)) {
                warmUp(load, plainInserts, clients, fixedWarmup, out);
                Duration round = duration.dividedBy(rounds);
                out.printf("Intake and plain inserts, %d clients / connections, in %d alternating rounds of %d s each...%n",
                        clients, rounds, round.toSeconds());
                for (int r = 0; r < rounds; r++) {
                    var beforeIntake = cpu.snapshot();
                    ReportLoad.Result intakeRound = load.run(clients, round, null);
                    var intakeRoundCpu = cpu.snapshot().since(beforeIntake);
                    CpuAccount.moveClientTime(intakeRoundCpu, intakeRound.clientCpuNanos());
                    intake = intake == null ? intakeRound : intake.plus(intakeRound);
                    CpuAccount.add(intakeCpu, intakeRoundCpu);
                    var beforePlain = cpu.snapshot();
                    PlainInserts.Result plainRound = plainInserts.run(round);
                    var plainRoundCpu = cpu.snapshot().since(beforePlain);
                    CpuAccount.moveClientTime(plainRoundCpu, plainRound.clientCpuNanos());
                    plain = plain == null ? plainRound : plain.plus(plainRound);
                    CpuAccount.add(plainCpu, plainRoundCpu);
                }
            }
            out.println();
            out.printf("intake (HTTP, durable): %,.0f reports/s   p50 %.1f ms   p99 %.1f ms   (%,d acknowledged, %,d failed)%n",
                    intake.perSecond(), intake.percentileMillis(50), intake.percentileMillis(99), intake.acknowledged(),
                    intake.failed());
            out.printf("baseline (plain single-row JDBC inserts, autocommit): %,.0f rows/s%n", plain.perSecond());
            out.printf("ratio intake / baseline: %.2f%n", intake.perSecond() / plain.perSecond());
            out.println();
            printCpu(out, "CPU per acknowledged report", intakeCpu, intake.acknowledged());
            printCpu(out, "CPU per plain insert", plainCpu, plain.rows());
            return 0;
        }
    }

    /**
     * Runs both loads, one after the other, until the JIT compiler is done with them: rounds of two seconds of
     * intake and one of plain inserts until one spends under 2% of its time compiling (at least 6 s, at most 90 s),
     * or a fixed number of seconds of each when asked. Both share code (the JDBC driver, say), so the plain inserts
     * must be warm too, or each of their rounds would send the intake path back to the compiler. A measurement
     * taken while the compiler still works measures the compiler, and on two cores it takes one.
     */
    private static void warmUp(ReportLoad load, PlainInserts plainInserts, int clients, int fixedSeconds, PrintStream out)
            throws Exception {
        if (fixedSeconds >= 0) {
            out.printf("Warming up for %d s...%n", fixedSeconds);
            load.run(clients, Duration.ofSeconds(fixedSeconds), null);
            plainInserts.run(Duration.ofSeconds(fixedSeconds));
            return;
        }
        out.printf("Warming up until the JIT compiler is quiet...%n");
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        Duration intakeRound = Duration.ofSeconds(2);
        Duration plainRound = Duration.ofSeconds(1);
        int roundSeconds = (int) (intakeRound.toSeconds() + plainRound.toSeconds());
        for (int elapsed = 0; elapsed < 90; elapsed += roundSeconds) {
            long compilingBefore = compiler.getTotalCompilationTime();
            load.run(clients, intakeRound, null);
            plainInserts.run(plainRound);
            double compilingShare = (compiler.getTotalCompilationTime() - compilingBefore) / (roundSeconds * 1000.0);
            if (elapsed >= 6 && compilingShare < 0.02) {
                out.printf("  warm after %d s (compiling %.1f%% of the last round)%n", elapsed + roundSeconds,
                        compilingShare * 100);
                return;
            }
        }
        out.printf("  still compiling after 90 s; measuring anyway%n");
    }

    /** Load threads measure their own CPU ({@link CpuAccount#moveClientTime}); until then it counts as the JVM's. */
    private static String threadGroup(String threadName) {
        if (threadName.startsWith(PlainInserts.THREAD_PREFIX) || threadName.startsWith(ReportLoad.CLIENT_THREAD_PREFIX)) {
            return null;
        }
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
