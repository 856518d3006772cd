package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.county.CountyGeography;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rain readings published to the embedded broker cross the 3 h threshold → ThresholdCrossed for the township. */
@AnlanIntegrationTest
class MqttThresholdIT {

    static final String SHIPU = "330225101";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MqttIngestion ingestion;
    @Autowired
    CapturedCrossings crossings;
    @Autowired
    CountyGeography county;
    @Autowired
    Clock clock;
    ApiClient api;
    MqttClient publisher;

    @BeforeEach
    void connect() throws Exception {
        api = new ApiClient(port);
        publisher = new MqttClient(ingestion.brokerUrl(), "it-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        publisher.connect(options);
    }

    @AfterEach
    void disconnect() throws Exception {
        publisher.disconnect();
        publisher.close();
    }

    private String newGauge(String township) {
        var seat = county.requireTownship(township).seat();
        String id = "IT-MQTT-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var created = api.post("/api/monitoring/stations", ApiClient.json(Map.of("id", id, "name", "测试雨量站 " + id,
                "kind", "RAIN_GAUGE", "lat", seat.lat(), "lon", seat.lon())), "admin");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("townshipCode").asString()).isEqualTo(township);
        return id;
    }

    private void publish(String stationId, String payload) throws Exception {
        publisher.publish("anlan/obs/rain/" + stationId, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, false);
    }

    private BigDecimal sum3h(String stationId) {
        JsonNode station = api.get("/api/monitoring/stations/" + stationId, "duty").json();
        return station.path("sums").path("3h").decimalValue();
    }

    @Test
    void rainOverThreeHoursCrossesTheOrangeThresholdAt50mmAndRedAt100mmWithALateReading() throws Exception {
        String gauge = newGauge(SHIPU);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        // 49.9 mm in the last 3 h: ten readings of 4.99 mm, one every 10 minutes, as a CSV batch in one message
        StringBuilder csv = new StringBuilder();
        for (int i = 10; i >= 1; i--) {
            csv.append(now.minus(Duration.ofMinutes(10L * i))).append(",4.99,mm\n");
        }
        publish(gauge, csv.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> sum3h(gauge).compareTo(new BigDecimal("49.90")) == 0);
        assertThat(crossings.of(gauge)).as("49.9 mm in 3 h is below every rainstorm threshold").isEmpty();

        // 0.1 mm more (JSON, one reading) makes 50.0 mm in 3 h: orange (3 h ≥ 50), the highest level reached
        publish(gauge, "{\"observedAt\":\"" + now + "\",\"value\":0.1,\"unit\":\"mm\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !crossings.of(gauge).isEmpty());
        ThresholdCrossed orange = crossings.of(gauge).get(0);
        assertThat(orange.hazard()).isEqualTo("RAINSTORM");
        assertThat(orange.level()).isEqualTo("ORANGE");
        assertThat(orange.ruleId()).isEqualTo("rainstorm-orange");
        assertThat(orange.townshipCodes()).containsExactly(SHIPU);
        assertThat(orange.value()).isEqualByComparingTo("50.00");
        assertThat(orange.window()).isEqualTo(Duration.ofHours(3));
        assertThat(orange.official()).isFalse();

        // the same message again (a QoS 1 redelivery): idempotent, nothing counted twice, no new crossing
        publish(gauge, "{\"observedAt\":\"" + now + "\",\"value\":0.1,\"unit\":\"mm\"}");
        // a late reading from 2 h ago (out of order) folds into the 3 h window: 100 mm → red
        publish(gauge, "[{\"observedAt\":\"" + now.minus(Duration.ofMinutes(125)) + "\",\"value\":50.0}]");
        await().atMost(Duration.ofSeconds(20)).until(() -> crossings.of(gauge).size() >= 2);
        assertThat(sum3h(gauge)).isEqualByComparingTo("100.00");
        ThresholdCrossed red = crossings.of(gauge).get(1);
        assertThat(red.level()).isEqualTo("RED");
        assertThat(red.townshipCodes()).containsExactly(SHIPU);
        assertThat(crossings.of(gauge)).hasSize(2);

        JsonNode rainfall = api.get("/api/monitoring/rainfall?township=" + SHIPU, "township-shipu").json().get(0);
        assertThat(rainfall.path("windows").get(1).decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("100.00"));
        assertThat(rainfall.path("level").asString()).isEqualTo("RED");
    }

    @Test
    void impossibleReadingsAreRefusedAndAcknowledgedWhileTheValidOnesOfTheMessageAreStored() throws Exception {
        String gauge = newGauge(SHIPU);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        long refusedBefore = ingestion.rejectedReadings();
        publish(gauge, now.minus(Duration.ofMinutes(5)) + ",-3,mm\n" + now.minus(Duration.ofMinutes(4)) + ",2.5,m\n"
                + now.minus(Duration.ofMinutes(3)) + ",1.234\n" + now.minus(Duration.ofMinutes(2)) + ",2.5,mm\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> sum3h(gauge).compareTo(new BigDecimal("2.50")) == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> ingestion.rejectedReadings() - refusedBefore >= 3);
    }
}
