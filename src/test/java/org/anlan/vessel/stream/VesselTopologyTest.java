package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.anlan.geo.Geometries;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceKind;
import org.anlan.vessel.fence.FenceRule;
import org.anlan.vessel.fence.FenceSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
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

    /**
     * A fence set swapped while boats are inside (fences renumbered, one removed): stays of the fences that remain
     * carry over by id without new alarms, as in-process; leaving then raises the EXIT.
     */
    @Test
    void aNewFenceSetKeepsTheStaysOfTheFencesThatRemain() {
        Fence danger = square("danger", 122.0, FenceRule.NO_ENTRY);
        Fence closed = square("closed", 122.3, FenceRule.NO_ENTRY);
        Fence added = square("added", 122.6, FenceRule.NO_EXIT);
        FenceSet before = FenceSet.of(List.of(closed, danger));
        FenceSet after = FenceSet.of(List.of(added, danger));
        var fences = new AtomicReference<>(before);
        var pipeline = new PositionPipeline(before, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<Alarm> inProcess = new ArrayList<>();
        List<Alarm> topology = new ArrayList<>();
        var settings = new VesselTopology.Settings(VesselTopology.Topics.DEFAULTS, PipelineSettings.DEFAULTS,
                VesselTopology.Settings.DEFAULT_TILE_DEGREES);
        try (var driver = new TopologyTestDriver(VesselTopology.build(settings, fences::get, SyntheticTraffic.KINDS),
                properties())) {
            TestInputTopic<String, String> raw = driver.createInputTopic("raw-nmea", Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, String> alarms = driver.createOutputTopic("vessel-alarms",
                    Serdes.String().deserializer(), Serdes.String().deserializer());
            for (int i = 0; i < 60; i++) {
                if (i == 30) {
                    fences.set(after);
                    pipeline.replaceFences(after);
                }
                long time = START + 10_000L * i;
                // two fishing boats eastbound at 8 kn: into "danger" and into "closed", out of both after 50 fixes
                for (long mmsi : new long[] {412_000_001L, 412_000_002L}) {
                    double lon = (mmsi == 412_000_001L ? 121.99 : 122.29) + i * 0.0009;
                    var report = new PositionSentences.Report(18, mmsi, 0, 29.05, lon, 8, 90, 90, i % 60);
                    String line = PositionSentences.encode(report, 'A');
                    inProcess.addAll(pipeline.acceptSentence(line, Instant.ofEpochMilli(time)));
                    raw.pipeInput("receiver-a", line, Instant.ofEpochMilli(time));
                }
            }
            FenceSet everyFence = FenceSet.of(List.of(closed, danger, added));
            alarms.readValuesToList().forEach(json -> topology.add(PipelineJson.read(json, everyFence)));
        }

        assertThat(sorted(topology)).containsExactlyElementsOf(sorted(inProcess));
        assertThat(inProcess).extracting(alarm -> ((FenceAlarm) alarm).fence().id() + " " + ((FenceAlarm) alarm).type())
                .containsExactlyInAnyOrder("danger VIOLATION", "closed VIOLATION", "danger EXIT");
    }

    private static Fence square(String id, double west, FenceRule rule) {
        return Fence.polygon(id, id, FenceKind.DANGEROUS, Geometries.fromWkt("POLYGON((" + west + " 29.0, "
                + (west + 0.02) + " 29.0, " + (west + 0.02) + " 29.1, " + west + " 29.1, " + west + " 29.0))"),
                List.of(rule), Set.of(VesselKind.FISHING));
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
