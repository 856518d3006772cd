package org.anlan.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The baseline of {@code bench intake}: single-row inserts with autocommit, one thread per connection, into a
 * table of the same database. The connections are opened once, before any timing, as the platform's pool is.
 */
final class PlainInserts implements AutoCloseable {

    record Result(long rows, double seconds, long clientCpuNanos) {

        double perSecond() {
            return rows / seconds;
        }

        Result plus(Result other) {
            return new Result(rows + other.rows, seconds + other.seconds, clientCpuNanos + other.clientCpuNanos);
        }
    }

    private record Inserter(Connection connection, PreparedStatement insert) {
    }

    static final String THREAD_PREFIX = "plain-insert-";

    private final List<Inserter> inserters = new ArrayList<>();
    private final ExecutorService threads;

    private PlainInserts(int connections) {
        threads = Executors.newFixedThreadPool(connections, named());
    }

    static PlainInserts open(DataSource dataSource, int connections) throws SQLException {
        String url;
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            url = c.getMetaData().getURL();
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_insert (id BIGSERIAL PRIMARY KEY, "
                    + "payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        var plain = new PlainInserts(connections);
        try {
            for (int i = 0; i < connections; i++) {
                Connection connection = DriverManager.getConnection(url, "postgres", "");
                connection.setAutoCommit(true);
                plain.inserters.add(new Inserter(connection,
                        connection.prepareStatement("INSERT INTO bench_plain_insert (payload) VALUES (?)")));
            }
        } catch (SQLException e) {
            plain.close();
            throw e;
        }
        return plain;
    }

    /** Every connection inserts rows one by one until {@code duration} has passed. */
    Result run(Duration duration) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<long[]>> perConnection = new ArrayList<>();
        for (Inserter inserter : inserters) {
            perConnection.add(threads.submit(() -> {
                var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuBefore = cpu.getCurrentThreadCpuTime();
                long rows = 0;
                while (System.nanoTime() < deadline) {
                    inserter.insert().setString(1, "负载测试报告 " + rows);
                    inserter.insert().executeUpdate();
                    rows++;
                }
                return new long[] {rows, cpu.getCurrentThreadCpuTime() - cpuBefore};
            }));
        }
        long rows = 0;
        long clientCpu = 0;
        for (Future<long[]> f : perConnection) {
            long[] rowsAndCpu = f.get();
            rows += rowsAndCpu[0];
            clientCpu += rowsAndCpu[1];
        }
        return new Result(rows, (System.nanoTime() - start) / 1e9, clientCpu);
    }

    @Override
    public void close() {
        threads.shutdownNow();
        for (Inserter inserter : inserters) {
            try {
                inserter.connection().close();
            } catch (SQLException ignored) {
                // the benchmark is over
            }
        }
    }

    private static ThreadFactory named() {
        var next = new AtomicInteger();
        return task -> new Thread(task, THREAD_PREFIX + next.getAndIncrement());
    }
}
