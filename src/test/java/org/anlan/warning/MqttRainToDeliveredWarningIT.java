package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.monitoring.MqttIngestion;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4's story from the sensor on: rain readings arrive over MQTT and cross the 3 h rainstorm threshold of
 * 黄避岙乡 → the open rainstorm draft (decision support when the crossing creates it) names the township and the
 * villages near the gauge → the duty officer submits, the commander approves →
 * SMS, broadcast and app push are delivered through the loopback servers with receipts → the official who does not
 * acknowledge is escalated → the heavier rain an hour later is the observed onset that gives the lead time.
 */
@AnlanIntegrationTest
class MqttRainToDeliveredWarningIT {

    static final String HUANGBIAO = "330225202";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    MqttIngestion ingestion;
    @Autowired
    CountyGeography county;
    @Autowired
    WarningDissemination dissemination;

    @Test
    void rainOverMqttBecomesADeliveredAcknowledgedWarningWithItsLeadTime() throws Exception {
        ApiClient api = new ApiClient(port);
        var seat = county.requireTownship(HUANGBIAO).seat();
        String gauge = "IT-E2E-" + System.nanoTime() % 1_000_000;
        assertThat(api.post("/api/monitoring/stations", ApiClient.json(Map.of("id", gauge, "name", "黄避岙测试雨量站",
                "kind", "RAIN_GAUGE", "lat", seat.lat(), "lon", seat.lon())), "admin").status()).isEqualTo(201);
        String nearVillage = "近站村" + gauge.substring(7);
        String farVillage = "远站村" + gauge.substring(7);
        addVillage(api, nearVillage, seat.lat() + 0.01, seat.lon()); // about 1.1 km from the gauge
        addVillage(api, farVillage, seat.lat() + 0.2, seat.lon()); // about 22 km: outside the crossing's radius

        MqttClient sensor = new MqttClient(ingestion.brokerUrl(), "e2e-" + UUID.randomUUID(), new MemoryPersistence());
        sensor.connect(new MqttConnectOptions());
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            StringBuilder twoHours = new StringBuilder();
            for (int i = 12; i >= 1; i--) {
                twoHours.append(now.minus(Duration.ofMinutes(10L * i))).append(i == 1 ? ",6.0,mm\n" : ",4.0,mm\n");
            }
            publish(sensor, gauge, twoHours.toString()); // 11 × 4.0 + 6.0 = 50.0 mm in 3 h: orange

            JsonNode draft = await().atMost(Duration.ofSeconds(60))
                    .until(() -> rainstormDraft(api.get("/api/warnings?status=DRAFT", "duty").json()), w -> w != null);
            String id = draft.path("id").asString();
            // a crossing raises the open draft of its hazard (another test may have left one): at least orange now
            assertThat(draft.path("content").path("level").asString()).isIn("ORANGE", "RED");
            String villages = draft.path("content").path("villages").toString();
            assertThat(villages).contains('"' + HUANGBIAO + ":" + nearVillage + '"')
                    .doesNotContain(HUANGBIAO + ":" + farVillage);

            assertThat(api.post("/api/warnings/" + id + "/submit", null, "duty").status()).isEqualTo(200);
            assertThat(api.post("/api/warnings/" + id + "/approve", null, "commander").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get("/api/warnings/" + id + "/delivery", "duty").json().path("complete").asBoolean());
            JsonNode progress = api.get("/api/warnings/" + id + "/delivery", "duty").json();
            assertThat(progress.path("delivered").asLong()).isEqualTo(progress.path("total").asLong()).isPositive();
            assertThat(progress.path("channels").findValuesAsString("channel")).contains("SMS", "BROADCAST", "APP_PUSH");

            clock.advance(Duration.ofMinutes(16));
            assertThat(dissemination.escalateOverdue()).isGreaterThanOrEqualTo(1);
            assertThat(api.get("/api/warnings/" + id + "/delivery", "duty").json().path("callouts").size()).isGreaterThan(1);

            clock.advance(Duration.ofMinutes(50));
            Instant later = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            publish(sensor, gauge, later + ",60.0,mm\n"); // 3 h sum now over 100 mm: red, the onset of the rainstorm
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !api.get("/api/warnings/" + id, "duty").json().path("leadTimeMinutes").isNull());
            assertThat(api.get("/api/warnings/" + id, "duty").json().path("leadTimeMinutes").asLong()).isGreaterThanOrEqualTo(60);
        } finally {
            sensor.disconnect();
            sensor.close();
        }
    }

    private static void addVillage(ApiClient api, String name, double lat, double lon) {
        assertThat(api.post("/api/county/townships/" + HUANGBIAO + "/villages", ApiClient.json(Map.of("name", name,
                "kind", "VILLAGE", "lat", lat, "lon", lon)), "admin").status()).isEqualTo(201);
    }

    private static void publish(MqttClient sensor, String gauge, String csv) throws Exception {
        sensor.publish("anlan/obs/rain/" + gauge, csv.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private static JsonNode rainstormDraft(JsonNode drafts) {
        for (JsonNode w : drafts) {
            if ("RAINSTORM".equals(w.path("content").path("hazard").asString())
                    && w.path("content").path("townshipCodes").toString().contains(HUANGBIAO)) {
                return w;
            }
        }
        return null;
    }
}
