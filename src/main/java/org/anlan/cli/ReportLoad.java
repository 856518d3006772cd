package org.anlan.cli;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends public incident reports from many concurrent clients for a fixed time and measures each request.
 * Every acknowledged (201) incident id can be written to a file, to check later that none was lost.
 */
final class ReportLoad {

    record Result(long acknowledged, long failed, double seconds, long[] latenciesNanos, long clientCpuNanos) {

        double perSecond() {
            return acknowledged / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(index, 0)] / 1_000_000.0;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\s*:\s*\"([^\"]+)\"");

    static final String CLIENT_THREAD_PREFIX = "report-client-";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private List<String> types = List.of();

    ReportLoad(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Reads the incident type codes the server accepts, so the load uses real ones. */
    ReportLoad withServerTypes() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/incident-types")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(response.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        if (codes.isEmpty()) {
            throw new IOException("No incident types at " + baseUrl + "/api/incident-types (HTTP " + response.statusCode() + ")");
        }
        types = codes;
        return this;
    }

    Result run(int clients, Duration duration, Writer acknowledgedIds) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients, namedThreads(CLIENT_THREAD_PREFIX));
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        List<Future<long[]>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                var connection = new MinimalHttpClient(URI.create(baseUrl));
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    String id = sendOne(connection);
                    long took = System.nanoTime() - sent;
                    if (id == null) {
                        failed.incrementAndGet();
                        pauseAfterFailure();
                        continue;
                    }
                    acknowledged.incrementAndGet();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                    if (acknowledgedIds != null) {
                        synchronized (acknowledgedIds) {
                            acknowledgedIds.write(id + "\n");
                            acknowledgedIds.flush();
                        }
                    }
                }
                connection.close();
                clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                return Arrays.copyOf(latencies, n);
            }));
        }
        pool.shutdown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : perClient) {
            try {
                all.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                all.add(new long[0]);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(acknowledged.get(), failed.get(), seconds, merged, clientCpu.get());
    }

    static java.util.concurrent.ThreadFactory namedThreads(String prefix) {
        var next = new java.util.concurrent.atomic.AtomicInteger();
        return task -> new Thread(task, prefix + next.getAndIncrement());
    }

    /** While the server is down (the durability check kills it), a client retries every 20 ms instead of spinning. */
    private static void pauseAfterFailure() throws InterruptedException {
        Thread.sleep(20);
    }

    /** 128 random bits as hex: unique enough for idempotency keys, without SecureRandom's lock. */
    static String randomHex(ThreadLocalRandom random) {
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }

    /** One report; the new incident's id when acknowledged with 201, else null. */
    String sendOne(MinimalHttpClient connection) {
        var random = ThreadLocalRandom.current();
        // Built by hand, not with String.format: the load runs in the benchmark's JVM and must not eat the server's CPU.
        String token = randomHex(random);
        String body = new StringBuilder(256)
                .append("{\"type\":\"").append(types.get(random.nextInt(types.size())))
                .append("\",\"lat\":").append(29.20 + random.nextInt(35_000) / 100_000.0)
                .append(",\"lon\":").append(121.70 + random.nextInt(30_000) / 100_000.0)
                .append(",\"occurredAt\":\"").append(Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS))
                .append("\",\"description\":\"负载测试报告 ").append(token)
                .append("\",\"dead\":0,\"missing\":0,\"seriouslyInjured\":0,\"injured\":").append(random.nextInt(3))
                .append(",\"directLossYuan\":").append(random.nextInt(100_000)).append('}').toString();
        try {
            MinimalHttpClient.Response response = connection.post("/api/public/reports", body, "Idempotency-Key", token);
            if (response.status() != 201) {
                return null;
            }
            Matcher matcher = ID.matcher(response.body());
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
