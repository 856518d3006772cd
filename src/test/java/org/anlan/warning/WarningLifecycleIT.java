package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.warning.cap.CapMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class WarningLifecycleIT {

    static final String GAOTANG = "330225204";
    static final String SHIPU = "330225101";

    @LocalServerPort
    int port;
    @Autowired
    DeliveryGateways gateways;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String draftJson(String hazard, String level, List<String> townships) {
        return ApiClient.json(Map.of("hazard", hazard, "level", level, "townshipCodes", townships,
                "villages", List.of(townships.get(0) + ":演示村"), "description", "集成测试预警",
                "polygon", "29.0,122.1 29.0,122.2 28.9,122.2 28.9,122.1 29.0,122.1"));
    }

    @Test
    void aDutyOfficerDraftsTheCommanderApprovesAndEveryVersionIsKept() throws Exception {
        ApiClient.Response created = api.post("/api/warnings", draftJson("GALE", "YELLOW", List.of(GAOTANG)), "duty");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("content").path("headline").asString()).isEqualTo("象山县应急管理局发布大风黄色预警[Ⅲ级/较重]");
        assertThat(created.json().path("content").path("instruction").asString()).startsWith("高塘岛乡：12小时内可能受大风影响");

        assertThat(api.post("/api/warnings/" + id + "/approve", null, "commander").code()).isEqualTo("WARNING_STATUS");
        assertThat(api.post("/api/warnings/" + id + "/submit", null, "duty").status()).isEqualTo(200);
        assertThat(api.post("/api/warnings/" + id + "/approve", null, "duty").status()).isEqualTo(403);
        ApiClient.Response issued = api.post("/api/warnings/" + id + "/approve", null, "commander");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().path("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.json().path("identifier").asString()).matches("33022500000000_\\d{14}_\\d");

        ApiClient.Response updated = api.post("/api/warnings/" + id + "/update", draftJson("GALE", "ORANGE", List.of(GAOTANG)), "commander");
        assertThat(updated.json().path("version").asInt()).isEqualTo(2);
        assertThat(updated.json().path("previousIdentifier").asString()).isEqualTo(issued.json().path("identifier").asString());

        JsonNode versions = api.get("/api/warnings/" + id + "/versions", "duty").json();
        assertThat(versions.findValuesAsString("action")).containsExactly("WARNING_DRAFT", "WARNING_SUBMIT",
                "WARNING_ISSUE", "WARNING_UPDATE");

        HttpRequest capRequest = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/warnings/" + id + "/cap"))
                .header("Authorization", "Bearer " + api.token("duty")).build();
        var cap = api.raw(capRequest);
        assertThat(cap.status()).isEqualTo(200);
        CapMessages.Check check = CapMessages.check(cap.body().getBytes(StandardCharsets.UTF_8));
        assertThat(check.problems()).isEmpty();
        assertThat(check.alert().msgType()).isEqualTo("Update");
        assertThat(OasisSchema.cap("1.2").problem(cap.body())).isNull();
    }

    @Test
    void theCapEndpointAnswersWithTheCapMediaType() throws Exception {
        String id = api.post("/api/warnings", draftJson("RAINSTORM", "BLUE", List.of(GAOTANG)), "duty").json().path("id").asString();
        var response = new java.net.http.HttpClient.Builder[0];
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/warnings/" + id + "/cap"))
                .header("Authorization", "Bearer " + api.token("duty")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/cap+xml");
        assertThat(response).isEmpty();
    }

    @Test
    void aTownshipOfficerSeesAndDraftsForTheirTownshipOnly() {
        assertThat(api.post("/api/warnings", draftJson("TIDE", "BLUE", List.of(GAOTANG)), "township-shipu").code())
                .isEqualTo("SCOPE_TOWNSHIP_DENIED");
        String own = api.post("/api/warnings", draftJson("TIDE", "BLUE", List.of(SHIPU)), "township-shipu").json().path("id").asString();
        String other = api.post("/api/warnings", draftJson("TIDE", "BLUE", List.of(GAOTANG)), "duty").json().path("id").asString();

        assertThat(api.get("/api/warnings/" + other, "township-shipu").status()).isEqualTo(403);
        assertThat(api.get("/api/warnings/" + own, "township-shipu").status()).isEqualTo(200);
        assertThat(api.get("/api/warnings", "township-shipu").json().findValuesAsString("id")).contains(own).doesNotContain(other);
    }

    @Test
    void badDraftsAreRefusedWithAReason() {
        assertThat(api.post("/api/warnings", draftJson("METEOR", "RED", List.of(GAOTANG)), "duty").code()).isEqualTo("WARNING_HAZARD_UNKNOWN");
        assertThat(api.post("/api/warnings", draftJson("GALE", "PURPLE", List.of(GAOTANG)), "duty").code()).isEqualTo("WARNING_LEVEL_UNKNOWN");
        assertThat(api.post("/api/warnings", draftJson("GALE", "RED", List.of("999999999")), "duty").code()).isEqualTo("TOWNSHIP_UNKNOWN");
        assertThat(api.post("/api/warnings", ApiClient.json(Map.of("hazard", "GALE", "level", "RED", "townshipCodes", List.of(GAOTANG),
                "polygon", "29,122 29,123 29,122")), "duty").code()).isEqualTo("WARNING_POLYGON_INVALID");
    }

    @Test
    void capImportTurnsAnOutsideSignalIntoAnOfficialWarningAndRefusesInvalidOnes() {
        String sent = "2026-08-10T09:00:00+08:00";
        String message = """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>33000041600000_20260810090000_%d</identifier>
                  <sender>浙江省气象台</sender>
                  <sent>%s</sent>
                  <status>Actual</status>
                  <msgType>Alert</msgType>
                  <scope>Public</scope>
                  <info>
                    <language>zh-CN</language>
                    <category>Met</category>
                    <event>台风</event>
                    <urgency>Expected</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <eventCode><valueName>GB/T 35965.1 eventType</valueName><value>11B01_orange</value></eventCode>
                    <headline>浙江省气象台发布台风橙色预警[Ⅱ级/严重]</headline>
                    <area><areaDesc>象山县石浦镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>330225101000</value></geocode></area>
                  </info>
                </alert>
                """.formatted(System.nanoTime() % 10, sent);
        ApiClient.Response created = postCap(message);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("official").asBoolean()).isTrue();
        assertThat(created.json().path("decisionSupport").asBoolean()).isFalse();
        assertThat(created.json().path("status").asString()).isEqualTo("ISSUED");
        assertThat(created.json().path("content").path("eventType").asString()).isEqualTo("11B01");
        assertThat(created.json().path("content").path("level").asString()).isEqualTo("ORANGE");
        assertThat(created.json().path("content").path("townshipCodes").get(0).asString()).isEqualTo(SHIPU);
        assertThat(postCap(message).status()).isEqualTo(200);

        ApiClient.Response invalid = postCap(message.replaceAll("<sent>[^<]*</sent>", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("CAP_INVALID");
        assertThat(invalid.json().path("problems").get(0).asString()).isEqualTo("/alert/sent: missing required element sent");

        ApiClient.Response outside = postCap(message.replace("330225101000", "410000000000").replace("象山县石浦镇", "河南省")
                .replace("20260810090000_", "20260810090001_"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("problems").get(0).asString()).contains("no area in Xiangshan county");
    }

    private ApiClient.Response postCap(String xml) {
        return api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/cap"))
                .header("Authorization", "Bearer " + api.token("dept"))
                .header("Content-Type", "application/cap+xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
    }

    @Test
    void theApprovedWarningIsDeliveredOnEveryChannelWithReceipts() {
        String id = api.post("/api/warnings", draftJson("WATER_LEVEL", "ORANGE", List.of(GAOTANG)), "duty").json().path("id").asString();
        api.post("/api/warnings/" + id + "/submit", null, "duty");
        assertThat(api.post("/api/warnings/" + id + "/approve", null, "commander").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(2000)).until(() -> {
            JsonNode p = api.get("/api/warnings/" + id + "/delivery", "duty").json();

            return p.path("complete").asBoolean();
        });
        JsonNode progress = api.get("/api/warnings/" + id + "/delivery", "duty").json();

        assertThat(progress.path("channels").findValuesAsString("channel")).contains("SMS", "BROADCAST", "APP_PUSH");
        for (JsonNode channel : progress.path("channels")) {
            assertThat(channel.path("delivered").asLong()).as(channel.toString()).isEqualTo(channel.path("total").asLong());
        }
        assertThat(progress.path("coverage").get(0).path("delivered").asLong()).isEqualTo(15_000);
        assertThat(gateways.loopbackSmsc().destinations()).contains("8617204015000");
        assertThat(gateways.loopbackBroadcast().terminals()).contains("330225204-T008");
        assertThat(gateways.loopbackPush().deliveredTokens()).contains("dev-330225204-1");
        // receipts are acknowledged to the SMSC only after they are stored: at least this warning's are
        await().atMost(Duration.ofSeconds(10)).until(() -> gateways.loopbackSmsc().receiptsAcknowledged() >= 15_001);
    }

    @Test
    void thePublicFeedListsActiveWarningsWithTheirCap() {
        ApiClient.Response feed = api.get("/api/warnings/feed", ApiClient.ANONYMOUS);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
        assertThat(api.get("/cap/feed.atom", ApiClient.ANONYMOUS).status()).isEqualTo(200);
        assertThat(Instant.now()).isNotNull();
    }
}
