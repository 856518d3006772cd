package org.anlan.vessel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.Alarm;
import org.anlan.vessel.stream.PipelineJson;
import org.anlan.vessel.stream.PipelineSettings;
import org.anlan.vessel.stream.Position;
import org.anlan.vessel.stream.VesselTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code anlan.vessel.stream.mode=kafka}: the position pipeline runs as the Kafka Streams topology
 * ({@link VesselTopology}) on the cluster at {@code anlan.kafka.bootstrap-servers} instead of in this process.
 * AIS lines from the feeds are produced to {@code raw-nmea} keyed by feed; the topology's fresh fixes and alarms
 * are consumed back (one consumer group across all instances) into the live picture and the alarm desk. Every
 * instance with the same {@code anlan.kafka.application-id} shares the work, partitioned by MMSI.
 */
@Component
@ConditionalOnProperty(name = "anlan.vessel.stream.mode", havingValue = "kafka")
class KafkaVesselStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaVesselStream.class);
    private static final VesselTopology.Topics TOPICS = VesselTopology.Topics.DEFAULTS;

    private final PositionIntake intake;
    private final String bootstrapServers;
    private final String applicationId;
    private final int partitions;
    private final short replication;
    private final double tileDegrees;
    private final AtomicReference<FenceSet> fences = new AtomicReference<>(FenceSet.empty());
    private KafkaStreams streams;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread storer;
    private Path stateDir;
    private volatile boolean running;

    KafkaVesselStream(PositionIntake intake, @Value("${anlan.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${anlan.kafka.application-id:anlan-vessel}") String applicationId,
            @Value("${anlan.kafka.partitions:6}") int partitions,
            @Value("${anlan.kafka.replication-factor:1}") short replication,
            @Value("${anlan.vessel.stream.tile-degrees:" + VesselTopology.Settings.DEFAULT_TILE_DEGREES + "}")
            double tileDegrees) {
        if (bootstrapServers.isBlank()) {
            throw new IllegalStateException("anlan.vessel.stream.mode=kafka needs anlan.kafka.bootstrap-servers");
        }
        this.intake = intake;
        this.bootstrapServers = bootstrapServers;
        this.applicationId = applicationId;
        this.partitions = partitions;
        this.replication = replication;
        this.tileDegrees = tileDegrees;
    }

    @Override
    public void start() {
        try {
            createTopics();
            stateDir = Files.createTempDirectory("anlan-kafka-streams-");
        } catch (Exception e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " is not usable: " + e.getMessage(), e);
        }
        var settings = new VesselTopology.Settings(TOPICS, PipelineSettings.DEFAULTS, tileDegrees);
        streams = new KafkaStreams(VesselTopology.build(settings, fences::get, intake::kindOf), streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            log.error("vessel topology failed; replacing the stream thread", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-store",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPICS.positions(), TOPICS.alarms()));
        intake.runOn(this);
        streams.start();
        storer = new Thread(this::storeOutputs, "vessel-kafka-store");
        storer.setDaemon(true);
        running = true;
        storer.start();
        log.info("vessel pipeline on Kafka at {} (application {})", bootstrapServers, applicationId);
    }

    /** One NMEA line from the feed {@code source}, received at {@code receivedAt}. */
    void send(String source, String line, Instant receivedAt) {
        producer.send(new ProducerRecord<>(TOPICS.rawNmea(), null, receivedAt.toEpochMilli(), source, line));
    }

    /** The fence set the topology checks against and alarms are read with. */
    void useFences(FenceSet next) {
        fences.set(next);
    }

    private void storeOutputs() {
        while (running) {
            try {
                List<Position> fixes = new ArrayList<>();
                List<Alarm> alarms = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        if (record.topic().equals(TOPICS.positions())) {
                            fixes.add(PipelineJson.readPosition(record.value()));
                        } else {
                            alarms.add(PipelineJson.read(record.value(), fences.get()));
                        }
                    } catch (RuntimeException e) {
                        log.warn("unreadable record on {} at offset {}: {}", record.topic(), record.offset(),
                                e.getMessage());
                    }
                }
                if (!fixes.isEmpty() || !alarms.isEmpty()) {
                    intake.store(fixes, alarms);
                }
                consumer.commitSync();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.error("storing the vessel topology's output failed; retrying", e);
            }
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(TOPICS.rawNmea(), TOPICS.alarms(), TOPICS.positions())) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replication));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private Properties streamsProperties() {
        var p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        return p;
    }

    @Override
    public void stop() {
        running = false;
        intake.runOn(null);
        if (consumer != null) {
            consumer.wakeup();
            try {
                storer.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the AIS feeds (which produce to it) start, after them stop. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
