package org.anlan.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        Duration warmup = Duration.ofSeconds(intOption(arguments, "--warmup", 3));
        out.printf("Starting Anlan on a temporary embedded PostgreSQL (synchronous commit on)...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false).run(
                "--server.port=0", "--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--anlan.public-report.per-minute=1000000000",
                "--server.tomcat.threads.max=" + Math.max(200, clients * 2))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var load = new ReportLoad("http://localhost:" + port).withServerTypes();
            out.printf("Warming up for %d s...%n", warmup.toSeconds());
            load.run(clients, warmup, null);
            out.printf("Intake: %d clients for %d s...%n", clients, duration.toSeconds());
            ReportLoad.Result intake = load.run(clients, duration, null);
            DataSource dataSource = app.getBean(DataSource.class);
            out.printf("Plain inserts: %d connections for %d s...%n", clients, duration.toSeconds());
            double plain = plainInserts(dataSource, clients, duration);
            out.println();
            out.printf("intake (HTTP, durable): %,.0f reports/s   p50 %.1f ms   p99 %.1f ms   (%,d acknowledged, %,d failed)%n",
                    intake.perSecond(), intake.percentileMillis(50), intake.percentileMillis(99), intake.acknowledged(),
                    intake.failed());
            out.printf("baseline (plain single-row JDBC inserts, autocommit): %,.0f rows/s%n", plain);
            out.printf("ratio intake / baseline: %.2f%n", intake.perSecond() / plain);
            return 0;
        }
    }

    private static double plainInserts(DataSource dataSource, int connections, Duration duration) throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_plain_insert (id BIGSERIAL PRIMARY KEY, "
                    + "payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
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
                return rows;
            }));
        }
        pool.shutdown();
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
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
