package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.KafkaTestBroker;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The platform with {@code anlan.vessel.stream.mode=kafka} against a real in-process KRaft broker: AIS lines
 * taken in by the intake go through the Kafka topology, and its alarm and fixes come back into the alarm desk and
 * the live picture — a boat crossing into a dangerous water raises one violation, as in-process.
 */
@AnlanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VesselKafkaModeIT {

    private static KafkaTestBroker broker;
    private static ConfigurableApplicationContext context;

    @LocalServerPort
    int port;
    @Autowired
    PositionIntake intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void startBroker() {
        broker = KafkaTestBroker.startOrSkip();
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("anlan.vessel.stream.mode", () -> "kafka");
        registry.add("anlan.kafka.bootstrap-servers", () -> broker.bootstrapServers());
        registry.add("anlan.kafka.partitions", () -> 2);
        registry.add("anlan.kafka.application-id", () -> "anlan-vessel-mode-it");
    }

    @Autowired
    void remember(ConfigurableApplicationContext applicationContext) {
        context = applicationContext;
    }

    /** The topology's threads stop before the broker they talk to; the context is closed after the class. */
    @AfterAll
    static void stop() {
        if (context != null) {
            context.getBean(KafkaVesselStream.class).stop();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aisLinesRunThroughTheKafkaTopologyIntoTheAlarmDeskAndTheLivePicture() {
        var api = new ApiClient(port);
        int mmsi = 412_870_001;
        var vessel = new java.util.LinkedHashMap<String, Object>(Map.of("name", "测试卡夫卡", "registrationNo",
                "TEST-KAFKA-1", "mmsi", mmsi, "kind", "FISHING", "homePort", "SHIPU", "townshipCode", "330225101",
                "lengthM", 30, "powerKw", 200, "serviceSpeedKn", 10, "crewCapacity", 12));
        vessel.put("ownerName", "测试船东");
        vessel.put("terminals", List.of("AIS"));
        var registered = api.post("/api/vessels", ApiClient.json(vessel), "admin");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        double fenceLat = 29.40;
        double fenceLon = 122.40;
        var fence = api.post("/api/vessels/fences", ApiClient.json(Map.of("name", "测试危险水域卡夫卡", "kind",
                "DANGEROUS", "area", Map.of("polygon", List.of(List.of(fenceLon, fenceLat),
                        List.of(fenceLon + 0.02, fenceLat), List.of(fenceLon + 0.02, fenceLat + 0.02),
                        List.of(fenceLon, fenceLat + 0.02), List.of(fenceLon, fenceLat))), "noEntry", true)), "duty");
        assertThat(fence.status()).as(fence.body()).isEqualTo(201);

        Instant start = clock.instant();
        double[] lons = {-0.010, -0.006, -0.002, 0.002, 0.004, 0.006, 0.008, 0.010};
        for (int i = 0; i < lons.length; i++) {
            intake.acceptAisLine(AisSentences.positionReport(mmsi, fenceLat + 0.01, fenceLon + lons[i], 9.0, 90.0),
                    start.plusSeconds(10L * i));
        }

        await("the last fix in the live picture and the alarm stored").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> lastLon(api, id) != null
                        && Math.abs(lastLon(api, id) - (fenceLon + 0.010)) < 1e-6 && !alarms(id).isEmpty());
        assertThat(alarms(id)).containsExactly("FENCE_VIOLATION");
    }

    private List<String> alarms(String vesselId) {
        return jdbc.sql("SELECT kind FROM vessel_alarm WHERE vessel_id = :id ORDER BY raised_at")
                .param("id", UUID.fromString(vesselId)).query(String.class).list();
    }

    private static Double lastLon(ApiClient api, String vesselId) {
        for (JsonNode row : api.get("/api/vessels/positions", "admin").json()) {
            if (row.get(0).asString().equals(vesselId)) {
                return row.get(2).asDouble();
            }
        }
        return null;
    }
}
