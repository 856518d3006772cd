package org.anlan.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Selector;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends public incident reports from many concurrent clients for a fixed time and measures each request; a
 * client is a keep-alive connection with one report in flight ({@link ReportConnection}).
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

        /** Two runs as one: counts, time and CPU add up, latencies join. */
        Result plus(Result other) {
            long[] latencies = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
            System.arraycopy(other.latenciesNanos, 0, latencies, latenciesNanos.length, other.latenciesNanos.length);
            return new Result(acknowledged + other.acknowledged, failed + other.failed, seconds + other.seconds, latencies,
                    clientCpuNanos + other.clientCpuNanos);
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\s*:\s*\"([^\"]+)\"");

    static final String CLIENT_THREAD_PREFIX = "report-client-";

    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(20);

    private final String baseUrl;
    private final URI base;
    private final String hostHeader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private List<String> types = List.of();

    ReportLoad(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.base = URI.create(this.baseUrl);
        this.hostHeader = base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
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

    /**
     * Runs {@code clients} reporters for {@code duration}, each sending its next report when the last is answered,
     * all on one selector thread (as wrk and other HTTP load generators do): a thread per connection spent a
     * sixth of the benchmark's CPU being woken up, on the two cores the server under test needs.
     */
    Result run(int clients, Duration duration, Writer acknowledgedIds) throws InterruptedException {
        var outcome = new java.util.concurrent.atomic.AtomicReference<Object>();
        Thread loop = new Thread(() -> {
            try {
                outcome.set(new Reporters(clients, duration, acknowledgedIds).run());
            } catch (IOException | RuntimeException e) {
                outcome.set(e);
            }
        }, CLIENT_THREAD_PREFIX + "loop");
        loop.start();
        loop.join();
        if (outcome.get() instanceof Result result) {
            return result;
        }
        throw new IllegalStateException("the load generator failed", (Throwable) outcome.get());
    }

    /** The reporters of one run and the selector thread's bookkeeping: what is in flight, answered, failed. */
    private final class Reporters {

        private final Selector selector;
        private final InetSocketAddress address;
        private final Writer acknowledgedIds;
        private final long start = System.nanoTime();
        private final long deadline;
        private final Map<ReportConnection, InFlight> inFlight = new HashMap<>();
        private final PriorityQueue<Paused> paused = new PriorityQueue<>(Comparator.comparingLong(Paused::until));
        private final List<ReportConnection> connections = new ArrayList<>();
        private long acknowledged;
        private long failed;
        private long[] latencies = new long[1 << 16];
        private int latencyCount;
        private int running;

        /** A report on its way: its bytes (resent once on a fresh connection if a kept-alive one broke) and when it left. */
        private record InFlight(byte[] request, long sentAt, boolean resent) {
        }

        /** A reporter waiting after a failure until {@code until} (System.nanoTime()). */
        private record Paused(long until, ReportConnection connection) {
        }

        Reporters(int clients, Duration duration, Writer acknowledgedIds) throws IOException {
            this.selector = Selector.open();
            this.address = new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
            this.acknowledgedIds = acknowledgedIds;
            this.deadline = start + duration.toNanos();
            for (int i = 0; i < clients; i++) {
                connections.add(new ReportConnection(address, selector));
            }
        }

        Result run() throws IOException {
            try (selector) {
                for (ReportConnection connection : connections) {
                    running++;
                    sendNext(connection);
                }
                while (running > 0) {
                    resumePaused();
                    long waitMillis = paused.isEmpty() ? 1000
                            : Math.max(1, (paused.peek().until() - System.nanoTime()) / 1_000_000);
                    selector.select(waitMillis);
                    var ready = selector.selectedKeys().iterator();
                    while (ready.hasNext()) {
                        var key = ready.next();
                        ready.remove();
                        onReady((ReportConnection) key.attachment());
                    }
                }
                connections.forEach(ReportConnection::close);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            return new Result(acknowledged, failed, seconds, Arrays.copyOf(latencies, latencyCount), cpu);
        }

        private void sendNext(ReportConnection connection) {
            if (System.nanoTime() >= deadline) {
                connection.close();
                running--;
                return;
            }
            send(connection, new InFlight(reportRequest(), System.nanoTime(), false));
        }

        private void send(ReportConnection connection, InFlight report) {
            inFlight.put(connection, report);
            try {
                connection.send(report.request());
            } catch (IOException e) {
                onFailure(connection, report);
            }
        }

        private void onReady(ReportConnection connection) throws IOException {
            InFlight report = inFlight.get(connection);
            ReportConnection.Response response;
            try {
                response = connection.onReady();
            } catch (IOException | RuntimeException e) {
                onFailure(connection, report);
                return;
            }
            if (response == null) {
                return;
            }
            inFlight.remove(connection);
            if (response.closes()) {
                connection.close();
            }
            String id = response.status() == 201 ? incidentId(response.body()) : null;
            if (id == null) {
                failed++;
            } else {
                acknowledge(id, System.nanoTime() - report.sentAt());
            }
            sendNext(connection);
        }

        private void acknowledge(String id, long latencyNanos) throws IOException {
            acknowledged++;
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencyCount * 2);
            }
            latencies[latencyCount++] = latencyNanos;
            if (acknowledgedIds != null) {
                acknowledgedIds.write(id + "\n");
                acknowledgedIds.flush();
            }
        }

        /**
         * A broken kept-alive connection gets the same report once more on a fresh one (its idempotency key makes
         * the resend safe); a second failure counts, and the reporter pauses 20 ms instead of spinning while the
         * server is down (the durability check kills it).
         */
        private void onFailure(ReportConnection connection, InFlight report) {
            connection.close();
            if (!report.resent()) {
                send(connection, new InFlight(report.request(), report.sentAt(), true));
                return;
            }
            inFlight.remove(connection);
            failed++;
            paused.add(new Paused(System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos(), connection));
        }

        private void resumePaused() {
            long now = System.nanoTime();
            while (!paused.isEmpty() && paused.peek().until() <= now) {
                sendNext(paused.poll().connection());
            }
        }
    }

    /** 128 random bits as hex: unique enough for idempotency keys, without SecureRandom's lock. */
    static String randomHex(ThreadLocalRandom random) {
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }

    /** One report as HTTP bytes: a real incident type, a point in or off the county, and its own idempotency key. */
    byte[] reportRequest() {
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
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /api/public/reports HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length + "\r\nIdempotency-Key: " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + json.length);
        System.arraycopy(json, 0, request, head.length, json.length);
        return request;
    }

    /** The id of {@code {"id":"…"}}, or null when the body has none. */
    static String incidentId(String body) {
        Matcher matcher = ID.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
