package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.anlan.geo.Geometries;
import org.anlan.support.KafkaTestBroker;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceKind;
import org.anlan.vessel.fence.FenceRule;
import org.anlan.vessel.fence.FenceSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology once against a real Kafka broker (in-process KRaft): two receivers on a two-partition
 * {@code raw-nmea} topic, so vessels and collision tiles are spread over two partitions. A fishing boat crossing
 * into dangerous water is heard by both receivers (copies reach its partition in any order) and raises one
 * violation; a merchant and a fishing boat meeting head-on across a collision-tile border raise each risk tier
 * once — the same alarms as the in-process pipeline.
 * Skipped with the reason when the broker cannot start here.
 */
class VesselTopologyKafkaIT {

    private static final String APP = "anlan-vessel-it";
    private static final long CROSSER = 412_000_003L;
    /** A fishing boat and a merchant ship (by {@link SyntheticTraffic#KINDS}) whose MMSIs share a partition of two. */
    private static final long MERCHANT = 412_000_000L;
    private static final long FISHING = samePartitionAs(MERCHANT);
    private static final long T0 = Instant.parse("2026-07-01T02:00:00Z").toEpochMilli();
    private static final FenceSet FENCES = FenceSet.of(List.of(Fence.polygon("danger", "危险水域",
            FenceKind.DANGEROUS,
            Geometries.fromWkt("POLYGON((122.0 29.0, 122.2 29.0, 122.2 29.1, 122.0 29.1, 122.0 29.0))"),
            List.of(FenceRule.NO_ENTRY), Set.of(VesselKind.FISHING))));

    private static KafkaTestBroker broker;

    record Line(String receiver, String nmea, long time) {
    }

    @BeforeAll
    static void startBroker() {
        broker = KafkaTestBroker.startOrSkip();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void theTopologyOnARealBrokerRaisesTheInProcessAlarms(@TempDir Path stateDir) throws Exception {
        List<Line> lines = scenario();
        var topics = VesselTopology.Topics.DEFAULTS;
        try (Admin admin = broker.admin()) {
            admin.createTopics(List.of(new NewTopic(topics.rawNmea(), 2, (short) 1),
                    new NewTopic(topics.alarms(), 1, (short) 1), new NewTopic(topics.positions(), 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        produce(lines, topics.rawNmea());

        var settings = new VesselTopology.Settings(topics, PipelineSettings.DEFAULTS,
                VesselTopology.Settings.DEFAULT_TILE_DEGREES);
        try (var streams = new KafkaStreams(VesselTopology.build(settings, () -> FENCES, SyntheticTraffic.KINDS),
                streamsProperties(stateDir))) {
            streams.start();
            try (Admin admin = broker.admin()) {
                await("every input record processed and committed").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200)).until(() -> fullyProcessed(admin, topics));
            }
        }

        List<Alarm> kafka = readAll(topics.alarms()).stream().map(json -> PipelineJson.read(json, FENCES)).toList();
        List<Alarm> inProcess = inProcess(lines);
        assertThat(fenceAlarms(kafka)).containsExactlyElementsOf(fenceAlarms(inProcess)).singleElement()
                .satisfies(alarm -> {
                    assertThat(alarm.mmsi()).isEqualTo(CROSSER);
                    assertThat(alarm.type()).isEqualTo(FenceAlarm.Type.VIOLATION);
                });
        assertThat(tiers(kafka)).isEqualTo(tiers(inProcess))
                .containsExactly(RiskLevel.WARNING, RiskLevel.ALARM);
        // Every report once, though the two receivers' copies reach the vessel's partition in any order.
        List<Position> positions = readAll(topics.positions()).stream().map(PipelineJson::readPosition).toList();
        assertThat(positions).hasSize(fresh(lines)).hasSize(240)
                .extracting(p -> p.mmsi() + "@" + p.time()).doesNotHaveDuplicates();
    }

    /** 40 fixes of a boat crossing 122°E into the fence, each heard by both receivers; a head-on pair across 122.5°E. */
    private static List<Line> scenario() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long time = T0 + 10_000L * i;
            String nmea = sentence(18, CROSSER, 29.05, 121.99 + i * 0.0005, 8, 90, time);
            lines.add(new Line("receiver-a", nmea, time));
            lines.add(new Line("receiver-b", nmea, time));
        }
        double degreesPerNmEast = 1 / (60 * Math.cos(Math.toRadians(29.3)));
        double start = 122.5 - 3 * degreesPerNmEast;
        for (int i = 0; i < 100; i++) {
            long time = T0 + 3_000 + 10_000L * i;
            double run = 10.0 * i / 360; // nautical miles at 10 kn after i ten-second steps
            lines.add(new Line("receiver-a", sentence(18, FISHING, 29.3, start + run * degreesPerNmEast, 10, 90,
                    time), time));
            lines.add(new Line("receiver-a", sentence(1, MERCHANT, 29.3, start + (6 - run) * degreesPerNmEast, 10,
                    270, time + 3_000), time + 3_000));
        }
        lines.sort(Comparator.comparingLong(Line::time));
        return lines;
    }

    /**
     * The collision stage takes a pair's fixes in the order they reach its tile; that is time order when both
     * boats are heard by one receiver and checked by one task, as here (see the README's limits).
     */
    private static long samePartitionAs(long mmsi) {
        var serializer = new org.apache.kafka.common.serialization.LongSerializer();
        int partition = partitionOf(serializer.serialize("", mmsi));
        for (long candidate = mmsi + 1; ; candidate++) {
            if (candidate != CROSSER && SyntheticTraffic.KINDS.kindOf(candidate) == VesselKind.FISHING
                    && partitionOf(serializer.serialize("", candidate)) == partition) {
                return candidate;
            }
        }
    }

    private static int partitionOf(byte[] key) {
        return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(key)) % 2;
    }

    private static String sentence(int type, long mmsi, double lat, double lon, double sog, double cog, long time) {
        return PositionSentences.encode(new PositionSentences.Report(type, mmsi, 0, lat, lon, sog, cog, (int) cog,
                (int) (time / 1000 % 60)), 'A');
    }

    private static List<Alarm> inProcess(List<Line> lines) {
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<Alarm> alarms = new ArrayList<>();
        for (Line line : lines) {
            alarms.addAll(pipeline.acceptSentence(line.nmea(), Instant.ofEpochMilli(line.time())));
        }
        return alarms;
    }

    private static int fresh(List<Line> lines) {
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        lines.forEach(line -> pipeline.acceptSentence(line.nmea(), Instant.ofEpochMilli(line.time())));
        return (int) pipeline.counts().positions();
    }

    private static List<FenceAlarm> fenceAlarms(List<Alarm> alarms) {
        return alarms.stream().filter(FenceAlarm.class::isInstance).map(FenceAlarm.class::cast).toList();
    }

    /** The tiers the pair reached in order (which of the two boats' fixes raised a tier may differ by arrival). */
    private static List<RiskLevel> tiers(List<Alarm> alarms) {
        return alarms.stream().filter(CollisionAlarm.class::isInstance).map(CollisionAlarm.class::cast)
                .sorted(Comparator.comparing(CollisionAlarm::at)).map(CollisionAlarm::level).toList();
    }

    private static void produce(List<Line> lines, String topic) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (Line line : lines) {
                producer.send(new ProducerRecord<>(topic, null, line.time(), line.receiver(), line.nmea()));
            }
            producer.flush();
        }
    }

    private static Properties streamsProperties(Path stateDir) {
        var p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        return p;
    }

    /** Committed offsets of the application reach the end of its input and both repartition topics. */
    private static boolean fullyProcessed(Admin admin, VesselTopology.Topics topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Set<String> read = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
        if (!read.containsAll(Set.of(topics.rawNmea(), APP + "-vessel-reports-repartition",
                APP + "-vessel-tiles-repartition"))) {
            return false;
        }
        var ends = admin.listOffsets(committed.keySet().stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
        return committed.entrySet().stream().allMatch(e -> e.getValue().offset() >= ends.get(e.getKey()).offset());
    }

    private static List<String> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            await("all of " + topic + " read").atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
            });
            return values;
        }
    }
}
