package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnlanIntegrationTest
class PublicReportIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Map<String, Object> fireInShipu(int dead) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "12A01");
        body.put("lat", 29.2050);
        body.put("lon", 121.9550);
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600).toString());
        body.put("description", "石浦镇一冷库起火，有人员被困");
        body.put("dead", dead);
        body.put("missing", 0);
        body.put("seriouslyInjured", 0);
        body.put("injured", 2);
        body.put("directLossYuan", 500_000);
        return body;
    }

    HttpRequest.Builder post(String json, String key) {
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/public/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request;
    }

    @Test
    void aPublicReportIsStoredGradedAndPlacedInItsTownship() {
        var created = api.raw(post(ApiClient.json(fireInShipu(3)), null).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var incident = api.get("/api/incidents/" + id, "duty").json();
        assertThat(incident.path("severity").asString()).isEqualTo("III");
        assertThat(incident.path("township").asString()).isEqualTo("330225101");
        assertThat(incident.path("status").asString()).isEqualTo("REPORTED");
        assertThat(incident.path("channel").asString()).isEqualTo("PUBLIC");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'INCIDENT_REPORT'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyNeverCreatesTwoIncidents() {
        String key = "key-" + System.nanoTime();
        String json = ApiClient.json(fireInShipu(0));
        var first = api.raw(post(json, key).build());
        var second = api.raw(post(json, key).build());
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE idempotency_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);

        var otherContent = api.raw(post(ApiClient.json(fireInShipu(5)), key).build());
        assertThat(otherContent.status()).isEqualTo(409);
        assertThat(otherContent.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    /** A client's retries racing its first attempt land in different writers' batches: still one incident. */
    @Test
    void concurrentRetriesWithOneKeyCreateOneIncident() throws Exception {
        String key = "race-" + System.nanoTime();
        String json = ApiClient.json(fireInShipu(0));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<ApiClient.Response>>();
            for (int i = 0; i < 24; i++) {
                attempts.add(pool.submit(() -> api.raw(post(json, key).build())));
            }
            var ids = new java.util.HashSet<String>();
            for (var attempt : attempts) {
                var response = attempt.get();
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                ids.add(response.json().path("id").asString());
            }
            assertThat(ids).hasSize(1);
            assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE id = CAST(:id AS uuid)").param("id", ids.iterator().next())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'INCIDENT_REPORT'")
                    .param("id", ids.iterator().next()).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badReportsAreRefusedInChineseWithStableCodesAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        Map<String, Object> unknownType = fireInShipu(0);
        unknownType.put("type", "99Z99");
        assertRefused(ApiClient.json(unknownType), 400, "INCIDENT_TYPE_UNKNOWN", "未知的事件类型");

        Map<String, Object> beijing = fireInShipu(0);
        beijing.put("lat", 39.9);
        beijing.put("lon", 116.4);
        assertRefused(ApiClient.json(beijing), 400, "INCIDENT_OUTSIDE_COUNTY", "超出本县");

        Map<String, Object> negative = fireInShipu(0);
        negative.put("dead", -1);
        assertRefused(ApiClient.json(negative), 400, "INCIDENT_FIGURES_INVALID", "伤亡");

        Map<String, Object> noDescription = fireInShipu(0);
        noDescription.put("description", " ");
        assertRefused(ApiClient.json(noDescription), 400, "INCIDENT_DESCRIPTION_INVALID", "描述");

        Map<String, Object> future = fireInShipu(0);
        future.put("occurredAt", Instant.now().plusSeconds(86_400).toString());
        assertRefused(ApiClient.json(future), 400, "INCIDENT_TIME_INVALID", "时间");

        Map<String, Object> bot = fireInShipu(0);
        bot.put("website", "http://spam.example");
        assertRefused(ApiClient.json(bot), 400, "REPORT_REJECTED", "未被受理");

        assertRefused("{\"type\": \"12A01\", ", 400, "REQUEST_MALFORMED", "格式错误");
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void wrongContentTypesOversizedAndEmptyBodiesAreRefusedBeforeAnythingIsRead() {
        long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        var plainText = api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/public/reports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(fireInShipu(0))))
                .build());
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.code()).isEqualTo("REQUEST_MEDIA_TYPE");

        Map<String, Object> huge = fireInShipu(0);
        huge.put("description", "火".repeat(PublicReportServlet.MAX_BODY_BYTES));
        var oversized = api.raw(post(ApiClient.json(huge), null).build());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("REQUEST_TOO_LARGE");

        assertRefused("", 400, "REQUEST_MALFORMED", "格式错误");
        assertRefused("null", 400, "REQUEST_MALFORMED", "格式错误");
        assertRefused("[1,2]", 400, "REQUEST_MALFORMED", "格式错误");
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusalsSpeakEnglishWhenAskedAndOtherMethodsAreNotAllowed() {
        var english = api.raw(post("{", null).header("Accept-Language", "en").build());
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().path("message").asString()).contains("malformed");

        var put = api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/public/reports"))
                .header("Authorization", "Bearer " + api.token("duty"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.code()).isEqualTo("REQUEST_METHOD");
    }

    @Test
    void theIntakeEndpointIsDescribedInTheOpenApiDocument() {
        var document = api.get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").path("/api/public/reports").path("post").path("summary").asString())
                .contains("Idempotency-Key");
    }

    @Test
    void incidentTypesAreDocumentedPublicly() {
        var types = api.get("/api/incident-types", null);
        assertThat(types.status()).isEqualTo(200);
        assertThat(types.body()).contains("12A01").contains("PRODUCTION_SAFETY_AC01").contains("FOREST_FIRE_AC02");
    }

    private void assertRefused(String json, int status, String code, String chinese) {
        var response = api.raw(post(json, null).build());
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().path("message").asString()).contains(chinese);
    }
}
