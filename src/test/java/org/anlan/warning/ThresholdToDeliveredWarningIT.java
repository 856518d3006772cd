package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.monitoring.ThresholdCrossed;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The story end to end: monitoring publishes a threshold crossing → a decision-support draft names the township →
 * the duty officer submits it, the commander approves → SMS, broadcast and app push are delivered through the
 * loopback servers with receipts, e-mail through the loopback SMTP server → an official who does not acknowledge is
 * escalated (the escalation contact's unknown e-mail address is refused with 550 and recorded as failed) → the
 * hazard's observed onset gives the warning its lead time.
 */
@AnlanIntegrationTest
class ThresholdToDeliveredWarningIT {

    static final String GAOTANG = "330225204";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MutableClock clock;
    @Autowired
    WarningDissemination dissemination;
    @Autowired
    DeliveryGateways gateways;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThresholdCrossingBecomesADeliveredAcknowledgedWarningWithItsLeadTime() {
        ApiClient api = new ApiClient(port);
        Instant observed = Instant.now(clock);
        tx.executeWithoutResult(status -> events.publishEvent(new ThresholdCrossed("landslide-displacement", 3, "LANDSLIDE",
                "YELLOW", List.of(GAOTANG), "GT-LS-01", new BigDecimal("42.5"), "mm", null, observed, false, null)));

        JsonNode draft = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/warnings?status=DRAFT", "duty").json(),
                list -> findLandslide(list) != null);
        JsonNode warning = findLandslide(draft);
        String id = warning.path("id").asString();
        assertThat(warning.path("decisionSupport").asBoolean()).isTrue();
        assertThat(warning.path("content").path("townshipCodes").get(0).asString()).isEqualTo(GAOTANG);
        assertThat(warning.path("content").path("level").asString()).isEqualTo("YELLOW");

        String village = "滑坡点村" + System.nanoTime() % 1_000_000;
        GeoPoint secondStation = new GeoPoint(29.12, 121.92);
        assertThat(api.post("/api/county/townships/" + GAOTANG + "/villages", ApiClient.json(java.util.Map.of("name", village,
                "kind", "VILLAGE", "lat", 29.125, "lon", 121.92)), "admin").status()).isEqualTo(201);
        tx.executeWithoutResult(status -> events.publishEvent(new ThresholdCrossed("landslide-displacement", 3, "LANDSLIDE",
                "ORANGE", List.of(GAOTANG), "GT-LS-02", new BigDecimal("80.1"), "mm", null, observed, false, secondStation)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/warnings/" + id, "duty").json().path("warning").path("content").path("level").asString().equals("ORANGE"));
        // the raised draft now also names the village beside the second station
        assertThat(api.get("/api/warnings/" + id, "duty").json().path("warning").path("content").path("villages").toString())
                .contains('"' + GAOTANG + ":" + village + '"');

        assertThat(api.post("/api/warnings/" + id + "/submit", null, "duty").status()).isEqualTo(200);
        assertThat(api.post("/api/warnings/" + id + "/approve", null, "commander").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/api/warnings/" + id + "/delivery", "duty").json().path("complete").asBoolean());
        JsonNode progress = api.get("/api/warnings/" + id + "/delivery", "duty").json();
        assertThat(progress.path("channels").findValuesAsString("channel")).containsExactlyInAnyOrder("APP_PUSH", "BROADCAST",
                "SMS", "SMS", "EMAIL");
        assertThat(progress.path("delivered").asLong()).isEqualTo(progress.path("total").asLong());
        assertThat(progress.path("peopleReached").asLong()).isEqualTo(15_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> gateways.loopbackSmsc().receiptsAcknowledged() >= 15_001);

        String identifier = api.get("/api/warnings/" + id, "duty").json().path("warning").path("identifier").asString();
        assertThat(gateways.loopbackSmtp().received()).anySatisfy(mail -> {
            assertThat(mail.recipients()).containsExactly("duty-" + GAOTANG + "@" + DeliveryGateways.DEMO_MAIL_DOMAIN);
            assertThat(mailBody(mail.data())).contains("高塘岛乡", "橙色（Ⅱ级，严重）", "预警编号（CAP identifier）：" + identifier);
        });

        JsonNode callouts = progress.path("callouts");
        assertThat(callouts).hasSize(1);
        assertThat(callouts.get(0).path("officialName").asString()).isEqualTo("高塘岛乡值班领导");
        clock.advance(Duration.ofMinutes(16));
        String head = "高塘岛乡乡镇长";
        String address = jdbc.sql("SELECT email FROM warning_official WHERE name = :n").param("n", head).query(String.class).single();
        int escalatedCount;
        try {
            jdbc.sql("UPDATE warning_official SET email = 'nobody@elsewhere.example' WHERE name = :n").param("n", head).update();
            escalatedCount = dissemination.escalateOverdue();
        } finally {
            jdbc.sql("UPDATE warning_official SET email = :e WHERE name = :n").param("e", address).param("n", head).update();
        }
        assertThat(escalatedCount).isGreaterThanOrEqualTo(1);
        JsonNode email = await().atMost(Duration.ofSeconds(30)).until(() -> emailProgress(api, id), p -> p.path("failed").asLong() == 1);
        assertThat(email.path("delivered").asLong()).isEqualTo(1);
        assertThat(email.path("total").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT d.status || ' ' || d.detail FROM warning_delivery d JOIN warning_delivery_job j ON j.id = d.job_id
                         WHERE j.warning_id = :w AND j.channel = 'EMAIL' AND d.recipient = 'nobody@elsewhere.example'""")
                .param("w", java.util.UUID.fromString(id)).query(String.class).single()).startsWith("FAILED SMTP 550");
        JsonNode escalated = api.get("/api/warnings/" + id + "/delivery", "duty").json().path("callouts");
        assertThat(escalated.findValuesAsString("officialName")).contains("高塘岛乡值班领导", "高塘岛乡乡镇长");
        long next = escalated.get(1).path("id").asLong();
        assertThat(api.post("/api/warnings/" + id + "/callouts/" + next + "/acknowledge", null, "duty").status()).isEqualTo(204);

        Instant onset = Instant.now(clock).plus(Duration.ofMinutes(60));
        clock.advance(Duration.ofMinutes(60));
        tx.executeWithoutResult(status -> events.publishEvent(new ThresholdCrossed("landslide-displacement", 3, "LANDSLIDE",
                "ORANGE", List.of(GAOTANG), "GT-LS-01", new BigDecimal("95.0"), "mm", null, onset, false, null)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !api.get("/api/warnings/" + id, "duty").json().path("leadTimeMinutes").isNull());
        JsonNode lead = api.get("/api/warnings/" + id, "duty").json();
        assertThat(lead.path("leadTimeMinutes").asLong()).isBetween(60L, 77L);
        JsonNode report = api.get("/api/warnings/lead-times", "duty").json();
        assertThat(report.path("targetMinutes").asLong()).isEqualTo(60);
        assertThat(report.path("entries").findValuesAsString("warningId")).contains(id);
    }

    private static JsonNode emailProgress(ApiClient api, String id) {
        for (JsonNode channel : api.get("/api/warnings/" + id + "/delivery", "duty").json().path("channels")) {
            if ("EMAIL".equals(channel.path("channel").asString())) {
                return channel;
            }
        }
        return api.get("/api/warnings/" + id + "/delivery", "duty").json().path("missing");
    }

    private static String mailBody(String data) {
        String body = data.substring(data.indexOf("\r\n\r\n") + 4);
        return new String(java.util.Base64.getMimeDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode findLandslide(JsonNode list) {
        for (JsonNode w : list) {
            if ("LANDSLIDE".equals(w.path("content").path("hazard").asString())
                    && "THRESHOLD".equals(w.path("origin").asString())) {
                return w;
            }
        }
        return null;
    }
}
