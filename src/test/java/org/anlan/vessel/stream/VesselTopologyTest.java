package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.anlan.vessel.fence.FenceSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "same functions" proof: fixed-seed synthetic traffic through the Kafka Streams topology (TopologyTestDriver)
 * raises exactly the alarms the in-process pipeline raises — with small collision tiles, so that many vessel pairs
 * straddle tile borders, and with the default ones.
 */
class VesselTopologyTest {

    static final long START = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();
    static final FenceSet FENCES = FenceSet.of(SyntheticTraffic.fences(7, 400));
    static final SyntheticTraffic.Stream TRAFFIC = SyntheticTraffic.sentences(11, 300, 12_000, START, 150);

    @ParameterizedTest
    @ValueSource(doubles = {0.1, VesselTopology.Settings.DEFAULT_TILE_DEGREES})
    void theTopologyRaisesTheAlarmsOfTheInProcessPipeline(double tileDegrees) {
        List<Alarm> inProcess = inProcess(TRAFFIC);

        List<Alarm> topology = new ArrayList<>();
        var settings = new VesselTopology.Settings(VesselTopology.Topics.DEFAULTS, PipelineSettings.DEFAULTS,
                tileDegrees);
        try (var driver = new TopologyTestDriver(VesselTopology.build(settings, () -> FENCES,
                SyntheticTraffic.KINDS), properties())) {
            TestInputTopic<String, String> raw = driver.createInputTopic("raw-nmea", Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, String> alarms = driver.createOutputTopic("vessel-alarms",
                    Serdes.String().deserializer(), Serdes.String().deserializer());
            TestOutputTopic<String, String> positions = driver.createOutputTopic("vessel-positions",
                    Serdes.String().deserializer(), Serdes.String().deserializer());
            for (int i = 0; i < TRAFFIC.lines().length; i++) {
                raw.pipeInput(i % 3 == 0 ? "receiver-a" : "receiver-b", TRAFFIC.lines()[i],
                        Instant.ofEpochMilli(TRAFFIC.receivedAtMillis()[i]));
            }
            alarms.readValuesToList().forEach(json -> topology.add(PipelineJson.read(json, FENCES)));
            assertThat(positions.readValuesToList()).hasSize(freshFixes(TRAFFIC));
        }

        assertThat(inProcess).filteredOn(FenceAlarm.class::isInstance).hasSizeGreaterThan(20);
        assertThat(inProcess).filteredOn(CollisionAlarm.class::isInstance).hasSizeGreaterThan(20);
        assertThat(sorted(topology)).containsExactlyElementsOf(sorted(inProcess));
    }

    static List<Alarm> inProcess(SyntheticTraffic.Stream traffic) {
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<Alarm> alarms = new ArrayList<>();
        for (int i = 0; i < traffic.lines().length; i++) {
            alarms.addAll(pipeline.acceptSentence(traffic.lines()[i], Instant.ofEpochMilli(traffic.receivedAtMillis()[i])));
        }
        return alarms;
    }

    private static int freshFixes(SyntheticTraffic.Stream traffic) {
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        for (int i = 0; i < traffic.lines().length; i++) {
            pipeline.acceptSentence(traffic.lines()[i], Instant.ofEpochMilli(traffic.receivedAtMillis()[i]));
        }
        return (int) pipeline.counts().positions();
    }

    /** In-process a fix's fence alarms come before its collision alarms; in Kafka they leave different stages. */
    static List<Alarm> sorted(List<Alarm> alarms) {
        return alarms.stream().sorted(Comparator.comparing(Alarm::at).thenComparingLong(Alarm::mmsi)
                .thenComparing(alarm -> alarm instanceof FenceAlarm fence
                        ? "F" + fence.fence().id() + fence.type() + fence.rule()
                        : "C" + ((CollisionAlarm) alarm).otherMmsi())).toList();
    }

    private static Properties properties() {
        var properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "vessel-topology-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return properties;
    }
}
