package org.anlan.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.monitoring.Hazard;
import org.anlan.monitoring.MqttIngestion;
import org.anlan.monitoring.Monitoring;
import org.anlan.monitoring.ObservationEngine;
import org.anlan.monitoring.Reading;
import org.anlan.monitoring.ReadingProcessor;
import org.anlan.monitoring.ResummingBaseline;
import org.anlan.monitoring.RuleSet;
import org.anlan.monitoring.Station;
import org.anlan.monitoring.StationKind;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench observations}: (1) rule evaluation in process on one thread — the incremental windows of
 * {@link ObservationEngine} against {@link ResummingBaseline} (re-summing each station's list per reading), checked to
 * give the same crossings, sums and levels before timing; (2) ingestion through MQTT into the platform started on a
 * throw-away database (durable, windows and rules updated, QoS 1 acknowledged after commit), batched messages
 * against a straightforward pipeline measured in the same run: one reading per synchronous QoS 1 publish, a
 * single-row autocommit insert and a re-summing window update per message.
 */
final class ObservationBenchmark {

    private static final Instant EPOCH = Instant.parse("2026-07-01T00:00:00Z");
    private static final int WARM_UP_STATIONS = 20;

    private ObservationBenchmark() {
    }

    static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) throws Exception {
        int stations = IntakeBenchmark.intOption(args, "--stations", 200);
        int readings = IntakeBenchmark.intOption(args, "--readings", 5_000_000);
        int baselineReadings = IntakeBenchmark.intOption(args, "--baseline-readings", 200_000);
        int mqttReadings = IntakeBenchmark.intOption(args, "--mqtt-readings", 500_000);
        int perMessage = IntakeBenchmark.intOption(args, "--per-message", 5000);
        int baselineMessages = IntakeBenchmark.intOption(args, "--baseline-messages", 3000);
        boolean inProcessOnly = args.contains("--in-process-only");
        if (!inProcess(stations, readings, baselineReadings, out, err)) {
            return 1;
        }
        return inProcessOnly ? 0 : mqtt(application, Math.max(1, stations / 2), mqttReadings, perMessage, baselineMessages, out, err);
    }

    // ---------------------------------------------------------------- in process

    private static boolean inProcess(int stationCount, int count, int baselineCount, PrintStream out, PrintStream err) {
        List<Station> stations = syntheticStations(stationCount);
        RuleSet rules = new RuleSet(1, RuleSet.defaults(), null, EPOCH, "bench");
        Reading[] data = syntheticReadings(stations, count, new Random(42));
        int checkCount = Math.min(baselineCount, count);
        out.printf("In-process rule evaluation: %,d stations, %,d readings (1 per station-minute, 2%% late)%n",
                stationCount, count);
        out.printf("Checking both give the same crossings, sums and levels on %,d readings...%n", checkCount);
        ObservationEngine engine = new ObservationEngine(stations, rules);
        ResummingBaseline baseline = new ResummingBaseline(stations, rules);
        List<String> fast = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < checkCount; i++) {
            engine.apply(data[i], c -> fast.add(c.station().id() + " " + c.rule().id() + " " + c.centi()));
            baseline.apply(data[i], c -> slow.add(c.station().id() + " " + c.rule().id() + " " + c.centi()));
        }
        for (Station s : stations) {
            boolean same = Arrays.equals(engine.sums(s.id()), baseline.sums(s.id()));
            for (Hazard h : Hazard.values()) {
                same &= engine.level(s.id(), h) == baseline.level(s.id(), h);
            }
            if (!same) {
                err.println("error: engine and baseline differ at station " + s.id());
                return false;
            }
        }
        if (!fast.equals(slow)) {
            err.println("error: engine and baseline report different crossings");
            return false;
        }
        out.printf("  equal: %,d crossings%n", fast.size());

        timeEngine(stations, rules, data, Math.min(count, 1_000_000)); // warm-up
        Rate engineRate = timeEngine(stations, rules, data, count);
        timeBaseline(stations, rules, data, Math.min(baselineCount, 20_000)); // warm-up
        Rate baselineRate = timeBaseline(stations, rules, data, checkCount);
        out.printf("engine (incremental windows, one thread): %,.0f readings/s (%,.0f per CPU-second of the thread)%n",
                engineRate.wall(), engineRate.cpu());
        out.printf("baseline (re-summing lists, one thread):  %,.0f readings/s (%,.0f per CPU-second; %,d readings)%n",
                baselineRate.wall(), baselineRate.cpu(), checkCount);
        out.printf("ratio engine / baseline: %.1f   (target ≥ 2,000,000 readings/s wall-clock: %s)%n%n",
                engineRate.wall() / baselineRate.wall(), engineRate.wall() >= 2_000_000 ? "met" : "NOT met");
        return true;
    }

    private static Rate timeEngine(List<Station> stations, RuleSet rules, Reading[] data, int count) {
        return time(new ObservationEngine(stations, rules), data, count);
    }

    private static Rate timeBaseline(List<Station> stations, RuleSet rules, Reading[] data, int count) {
        return time(new ResummingBaseline(stations, rules), data, count);
    }

    /** Readings per second of wall-clock time and per second of this thread's CPU time (the machine may be shared). */
    private record Rate(double wall, double cpu) {
    }

    private static Rate time(ReadingProcessor processor, Reading[] data, int count) {
        long[] crossings = {0};
        java.util.function.Consumer<org.anlan.monitoring.Crossing> sink = c -> crossings[0]++;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        processor.applyAll(data, 0, count, sink);
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        return new Rate(count / (elapsed / 1e9), count / (Math.max(cpu, 1) / 1e9));
    }

    static List<Station> syntheticStations(int count) {
        StationKind[] mix = {StationKind.RAIN_GAUGE, StationKind.RAIN_GAUGE, StationKind.RAIN_GAUGE, StationKind.RAIN_GAUGE,
                StationKind.RAIN_GAUGE, StationKind.RAIN_GAUGE, StationKind.RAIN_GAUGE, StationKind.WIND,
                StationKind.WATER_LEVEL, StationKind.LANDSLIDE};
        List<Station> stations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stations.add(new Station(String.format("B%04d", i), "bench " + i, mix[i % mix.length],
                    new GeoPoint(29.2, 121.9), "330225101"));
        }
        return stations;
    }

    /** One reading per station and minute, round robin; storms come and go; 2% of readings arrive late. */
    static Reading[] syntheticReadings(List<Station> stations, int count, Random random) {
        Reading[] data = new Reading[count];
        boolean[] storm = new boolean[stations.size()];
        long[] level = new long[stations.size()];
        for (int i = 0; i < count; i++) {
            int s = i % stations.size();
            long minute = i / stations.size();
            Station station = stations.get(s);
            long value = switch (station.kind()) {
                case RAIN_GAUGE -> {
                    storm[s] = storm[s] ? random.nextInt(200) != 0 : random.nextInt(1500) == 0;
                    yield storm[s] ? random.nextInt(150) : random.nextInt(20) == 0 ? random.nextInt(30) : 0;
                }
                case LANDSLIDE -> random.nextInt(100) == 0 ? random.nextInt(300) : 0;
                default -> level[s] = Math.max(0, Math.min(4000, level[s] + random.nextInt(41) - 20));
            };
            data[i] = new Reading(station.id(), EPOCH.plusSeconds(minute * 60 + random.nextInt(60)), value);
        }
        for (int i = 0; i + 64 < count; i++) {
            if (random.nextInt(50) == 0) {
                int j = i + 1 + random.nextInt(64);
                Reading late = data[i];
                data[i] = data[j];
                data[j] = late;
            }
        }
        return data;
    }

    // ---------------------------------------------------------------- through MQTT

    private static int mqtt(Class<?> application, int stationCount, int count, int perMessage, int baselineMessages,
                            PrintStream out, PrintStream err) throws Exception {
        out.printf("Starting Anlan on a temporary embedded PostgreSQL with the embedded MQTT broker...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false).run(
                "--server.port=0", "--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            Monitoring monitoring = app.getBean(Monitoring.class);
            MqttIngestion ingestion = app.getBean(MqttIngestion.class);
            Clock clock = app.getBean(Clock.class);
            OperatorActor.signIn();
            Township seat = app.getBean(CountyGeography.class).townships().get(0);
            List<Station> stations = new ArrayList<>();
            for (int i = 0; i < stationCount + 2 + WARM_UP_STATIONS; i++) {
                stations.add(monitoring.createStation(String.format("BENCH-%04d", i), "压测雨量站 " + i,
                        StationKind.RAIN_GAUGE, seat.seat().lat(), seat.seat().lon()));
            }
            List<Station> checked = stations.subList(stationCount, stationCount + 2);
            List<Station> timed = stations.subList(0, stationCount);
            List<Station> warmUp = stations.subList(stationCount + 2, stations.size());
            Instant end = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
            DataSource dataSource = app.getBean(DataSource.class);
            try (NaivePipeline naive = new NaivePipeline(ingestion.brokerUrl(), dataSource, stations)) {
                out.printf("Checking the platform and the baseline agree on %d stations...%n", checked.size());
                int perStation = 600;
                long before = monitoring.storedSinceStart();
                try (Publisher publisher = new Publisher(ingestion.brokerUrl())) {
                    for (Station s : checked) {
                        List<Reading> series = series(s.id(), end, perStation, new Random(s.id().hashCode()));
                        publisher.batched(ingestion.topic(StationKind.RAIN_GAUGE, s.id()), series, perMessage);
                        for (Reading r : series) {
                            naive.publishOne(s.id(), r);
                        }
                    }
                }
                awaitCount(monitoring::storedSinceStart, before + 2L * perStation, Duration.ofMinutes(2));
                awaitCount(naive::processed, 2L * perStation, Duration.ofMinutes(2));
                for (Station s : checked) {
                    ObservationEngine.StationView view = monitoring.station(s.id()).orElseThrow();
                    naive.baseline.advanceTo(s.id(), view.sumsAsOf());
                    if (!Arrays.equals(view.sums(), naive.baseline.sums(s.id()))
                            || view.levels().get(Hazard.RAINSTORM) != naive.baseline.level(s.id(), Hazard.RAINSTORM)) {
                        err.println("error: platform " + Arrays.toString(view.sums()) + " and baseline "
                                + Arrays.toString(naive.baseline.sums(s.id())) + " differ for " + s.id());
                        return 1;
                    }
                }
                out.printf("  equal%n");
                warmUp(monitoring, ingestion, naive, warmUp, end, perMessage, baselineMessages, out);

                int each = Math.max(1, count / timed.size());
                List<List<Reading>> series = new ArrayList<>();
                for (Station s : timed) {
                    series.add(series(s.id(), end, each, new Random(s.id().hashCode())));
                }
                long total = (long) each * timed.size();
                out.printf("Platform: %,d readings, %d per QoS 1 message, %d station topics...%n", total, perMessage, timed.size());
                // the stations' side: payloads are written before the clock starts, for the baseline too
                List<List<byte[]>> messages = new ArrayList<>();
                for (List<Reading> stationSeries : series) {
                    messages.add(payloads(stationSeries, perMessage));
                }
                before = monitoring.storedSinceStart();
                long start = System.nanoTime();
                try (Publisher publisher = new Publisher(ingestion.brokerUrl())) {
                    for (int i = 0; i < timed.size(); i++) {
                        publisher.publish(ingestion.topic(StationKind.RAIN_GAUGE, timed.get(i).id()), messages.get(i));
                    }
                }
                awaitCount(monitoring::storedSinceStart, before + total, Duration.ofMinutes(10));
                double platformRate = total / ((System.nanoTime() - start) / 1e9);
                out.printf("platform (MQTT batches, durable group commit, incremental windows, rules): %,.0f readings/s%n",
                        platformRate);

                out.printf("Baseline: %,d readings, one per synchronous QoS 1 publish, until all are processed...%n",
                        baselineMessages);
                List<String> naiveStations = new ArrayList<>();
                List<byte[]> naiveMessages = new ArrayList<>();
                outer:
                for (int k = 0; k < each; k++) {
                    for (int i = 0; i < timed.size(); i++) {
                        if (naiveMessages.size() == baselineMessages) {
                            break outer;
                        }
                        naiveStations.add(timed.get(i).id());
                        naiveMessages.add(csvLine(series.get(i).get(k)).getBytes(StandardCharsets.UTF_8));
                    }
                }
                long naiveBefore = naive.processed();
                long published = naiveMessages.size();
                start = System.nanoTime();
                for (int m = 0; m < published; m++) {
                    naive.publish(naiveStations.get(m), naiveMessages.get(m));
                }
                awaitCount(naive::processed, naiveBefore + published, Duration.ofMinutes(10));
                double naiveRate = published / ((System.nanoTime() - start) / 1e9);
                out.println();
                out.printf("baseline (1 reading per publish, autocommit insert, re-summing windows): %,.0f readings/s (%,d readings)%n",
                        naiveRate, published);
                out.printf("ratio platform / baseline: %.1f   (target ≥ 50,000 readings/s: %s)%n", platformRate / naiveRate,
                        platformRate >= 50_000 ? "met" : "NOT met");
                return 0;
            }
        }
    }

    /**
     * Both pipelines run on stations of their own before the clock starts (5,000 readings each for the platform,
     * up to 1,000 single-reading messages for the baseline), so that neither is timed while the JIT compiles it.
     */
    private static void warmUp(Monitoring monitoring, MqttIngestion ingestion, NaivePipeline naive, List<Station> stations,
                               Instant end, int perMessage, int baselineMessages, PrintStream out) throws Exception {
        int each = 5_000;
        out.printf("Warming up both on %d other stations...%n", stations.size());
        long before = monitoring.storedSinceStart();
        long naiveBefore = naive.processed();
        int naiveCount = Math.min(1_000, baselineMessages);
        try (Publisher publisher = new Publisher(ingestion.brokerUrl())) {
            for (Station s : stations) {
                List<Reading> series = series(s.id(), end, each, new Random(s.id().hashCode()));
                publisher.batched(ingestion.topic(StationKind.RAIN_GAUGE, s.id()), series, perMessage);
                for (Reading r : series.subList(0, naiveCount / stations.size())) {
                    naive.publishOne(s.id(), r);
                }
            }
        }
        awaitCount(monitoring::storedSinceStart, before + (long) each * stations.size(), Duration.ofMinutes(5));
        awaitCount(naive::processed, naiveBefore + (long) (naiveCount / stations.size()) * stations.size(),
                Duration.ofMinutes(5));
    }

    /** A station's readings at one-minute steps ending at {@code end}, showers of up to 3 mm a minute. */
    private static List<Reading> series(String stationId, Instant end, int count, Random random) {
        List<Reading> readings = new ArrayList<>(count);
        boolean storm = false;
        for (int i = 0; i < count; i++) {
            storm = storm ? random.nextInt(120) != 0 : random.nextInt(600) == 0;
            long centi = storm ? random.nextInt(300) : random.nextInt(30) == 0 ? random.nextInt(20) : 0;
            readings.add(new Reading(stationId, end.minus(Duration.ofMinutes(count - 1 - i)), centi));
        }
        return readings;
    }

    private static void awaitCount(LongSupplier counter, long target, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (counter.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + counter.getAsLong() + " of " + target + " readings arrived");
            }
            Thread.sleep(5);
        }
    }

    private static String csvLine(Reading r) {
        return r.observedAt() + "," + r.value().toPlainString() + "\n";
    }

    /** The readings as CSV messages of {@code perMessage} lines. */
    private static List<byte[]> payloads(List<Reading> readings, int perMessage) {
        List<byte[]> payloads = new ArrayList<>();
        for (int from = 0; from < readings.size(); from += perMessage) {
            StringBuilder payload = new StringBuilder(perMessage * 32);
            for (Reading r : readings.subList(from, Math.min(readings.size(), from + perMessage))) {
                payload.append(csvLine(r));
            }
            payloads.add(payload.toString().getBytes(StandardCharsets.UTF_8));
        }
        return payloads;
    }

    /** Publishes batches of CSV lines as QoS 1 messages without waiting for each acknowledgement. */
    private static final class Publisher implements AutoCloseable {
        private final MqttAsyncClient client;
        private final List<IMqttDeliveryToken> pending = new ArrayList<>();

        Publisher(String url) throws Exception {
            client = new MqttAsyncClient(url, "bench-" + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(1000);
            client.connect(options).waitForCompletion(10_000);
        }

        void batched(String topic, List<Reading> readings, int perMessage) throws Exception {
            publish(topic, payloads(readings, perMessage));
        }

        void publish(String topic, List<byte[]> payloads) throws Exception {
            for (byte[] payload : payloads) {
                if (pending.size() >= 900) {
                    pending.remove(0).waitForCompletion(60_000);
                }
                pending.add(client.publish(topic, payload, 1, false));
            }
        }

        @Override
        public void close() throws Exception {
            for (IMqttDeliveryToken token : pending) {
                token.waitForCompletion(60_000);
            }
            client.disconnect().waitForCompletion(10_000);
            client.close();
        }
    }

    /**
     * The straightforward pipeline: its own topics ({@code bench/naive/<station>}), one reading per message,
     * a single-row autocommit insert and a re-summing window update before Paho acknowledges the message.
     */
    private static final class NaivePipeline implements AutoCloseable {
        final ResummingBaseline baseline;
        private final MqttClient subscriber;
        private final MqttClient publisher;
        private final Connection connection;
        private final PreparedStatement insert;
        private final AtomicLong processed = new AtomicLong();

        NaivePipeline(String url, DataSource dataSource, List<Station> stations) throws Exception {
            baseline = new ResummingBaseline(stations, new RuleSet(1, RuleSet.defaults(), null, EPOCH, "bench"));
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_naive_observation (station_id TEXT, "
                    + "observed_at TIMESTAMPTZ, value_centi BIGINT, PRIMARY KEY (station_id, observed_at))");
            insert = connection.prepareStatement("INSERT INTO bench_naive_observation VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
            subscriber = new MqttClient(url, "bench-naive-sub-" + System.nanoTime(), new MemoryPersistence());
            subscriber.setCallback(new MqttCallback() {
                @Override
                public void connectionLost(Throwable cause) {
                }

                @Override
                public void messageArrived(String topic, MqttMessage message) throws Exception {
                    String station = topic.substring(topic.lastIndexOf('/') + 1);
                    String[] cells = new String(message.getPayload(), StandardCharsets.UTF_8).trim().split(",");
                    Reading r = new Reading(station, Instant.parse(cells[0]), Reading.toCenti(new java.math.BigDecimal(cells[1])));
                    insert.setString(1, r.stationId());
                    insert.setTimestamp(2, Timestamp.from(r.observedAt()));
                    insert.setLong(3, r.centi());
                    if (insert.executeUpdate() == 1) {
                        baseline.apply(r, c -> { });
                    }
                    processed.incrementAndGet();
                }

                @Override
                public void deliveryComplete(IMqttDeliveryToken token) {
                }
            });
            subscriber.connect();
            subscriber.subscribe("bench/naive/+", 1);
            publisher = new MqttClient(url, "bench-naive-pub-" + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(1000); // publishes are synchronous; Paho frees an in-flight slot after the token completes
            publisher.connect(options);
        }

        void publishOne(String stationId, Reading r) throws Exception {
            publish(stationId, csvLine(r).getBytes(StandardCharsets.UTF_8));
        }

        void publish(String stationId, byte[] line) throws Exception {
            publisher.publish("bench/naive/" + stationId, line, 1, false);
        }

        long processed() {
            return processed.get();
        }

        @Override
        public void close() throws Exception {
            publisher.disconnect();
            publisher.close();
            subscriber.disconnect();
            subscriber.close();
            insert.close();
            connection.close();
        }
    }
}
