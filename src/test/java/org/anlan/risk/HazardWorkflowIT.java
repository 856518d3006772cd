package org.anlan.risk;

import static org.anlan.risk.RiskFixtures.HEPU;
import static org.anlan.risk.RiskFixtures.createEnterprise;
import static org.anlan.risk.RiskFixtures.fileHazard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The hidden-hazard closed loop through the API: §2.3 test vectors (a)–(d), five 落实, overdue escalation. */
@AnlanIntegrationTest
class HazardWorkflowIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    HazardDeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String enterprise;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        enterprise = createEnterprise(api, "测试隐患企业", HEPU);
    }

    private JsonNode post(String path, Object body, String user, int expected) {
        var response = api.post(path, body == null ? null : ApiClient.json(body), user);
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response.json();
    }

    private static Map<String, Object> deadlineIn(Duration from, Instant now) {
        return Map.of("deadline", now.plus(from).atOffset(ZoneOffset.UTC).toString(), "responsibleName", "测试责任人");
    }

    @Test
    void illegalTransitionsAreRefusedWithAStableCode() {
        String id = fileHazard(api, enterprise, null, "inspector");
        JsonNode refused = post("/api/hazards/" + id + "/acceptance", Map.of(), "inspector2", 409);
        assertThat(refused.path("code").asString()).isEqualTo("hazard.transition-not-allowed");
        refused = post("/api/hazards/" + id + "/rectification", deadlineIn(Duration.ofDays(3), clock.instant()),
                "admin", 409);
        assertThat(refused.path("code").asString()).isEqualTo("hazard.transition-not-allowed");
        post("/api/hazards/" + id + "/grade", Map.of("grade", "GENERAL"), "inspector", 200);
        assertThat(post("/api/hazards/" + id + "/grade", Map.of("grade", "MAJOR"), "inspector", 409)
                .path("code").asString()).isEqualTo("hazard.transition-not-allowed");
        assertThat(post("/api/hazards/" + id + "/submission", null, "admin", 409).path("code").asString())
                .isEqualTo("hazard.transition-not-allowed");
        assertThat(post("/api/hazards/" + id + "/plan", Map.of("objectives", "x"), "admin", 400).path("code")
                .asString()).isEqualTo("hazard.plan-only-for-major");
        assertThat(api.get("/api/hazards/" + id, "inspector").json().path("state").asString()).isEqualTo("GRADED");
    }

    @Test
    void theRectifierCannotAcceptTheirOwnWorkButAnotherInspectorCan() {
        String id = fileHazard(api, enterprise, "GENERAL", "inspector");
        post("/api/hazards/" + id + "/rectification", deadlineIn(Duration.ofDays(5), clock.instant()), "inspector", 200);
        JsonNode verifying = post("/api/hazards/" + id + "/submission", null, "inspector", 200);
        assertThat(verifying.path("state").asString()).isEqualTo("VERIFYING");
        JsonNode refused = post("/api/hazards/" + id + "/acceptance", Map.of(), "inspector", 409);
        assertThat(refused.path("code").asString()).isEqualTo("hazard.verifier-is-rectifier");
        JsonNode rejected = post("/api/hazards/" + id + "/rejection", Map.of("reason", "照片不清楚"), "inspector2", 200);
        assertThat(rejected.path("state").asString()).isEqualTo("RECTIFYING");
        assertThat(rejected.path("reopenCount").asInt()).isEqualTo(1);
        post("/api/hazards/" + id + "/submission", null, "admin", 200);
        JsonNode closed = post("/api/hazards/" + id + "/acceptance", Map.of(), "inspector2", 200);
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("history").size()).isEqualTo(8);
        assertThat(closed.path("closedAt").isNull()).isFalse();
    }

    @Test
    void aMajorHazardCannotStartRectificationWithoutAllFiveLuoshi() {
        String id = fileHazard(api, enterprise, "MAJOR", "inspector");
        JsonNode refused = post("/api/hazards/" + id + "/rectification", deadlineIn(Duration.ofDays(30), clock.instant()),
                "admin", 409);
        assertThat(refused.path("code").asString()).isEqualTo("hazard.plan-required");
        Map<String, Object> complete = new HashMap<>();
        complete.put("objectives", "消除隐患");
        complete.put("responsibility", "总经理负责");
        complete.put("measures", "更换报警仪");
        complete.put("fundsYuan", 50000);
        complete.put("deadline", clock.instant().plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC).toString());
        complete.put("contingencyPlan", "停用并监护");
        for (String missing : List.of("responsibility", "measures", "fundsYuan", "deadline", "contingencyPlan")) {
            Map<String, Object> plan = new HashMap<>(complete);
            plan.remove(missing);
            JsonNode incomplete = post("/api/hazards/" + id + "/plan", plan, "admin", 400);
            assertThat(incomplete.path("code").asString()).as(missing).isEqualTo("hazard.plan-incomplete");
            assertThat(api.post("/api/hazards/" + id + "/rectification", ApiClient.json(Map.of()), "admin").status())
                    .as("still no rectification without " + missing).isEqualTo(409);
        }
        Map<String, Object> zeroFunds = new HashMap<>(complete);
        zeroFunds.put("fundsYuan", 0);
        post("/api/hazards/" + id + "/plan", zeroFunds, "admin", 400);
        JsonNode approved = post("/api/hazards/" + id + "/plan", complete, "admin", 200);
        assertThat(approved.path("state").asString()).isEqualTo("PLAN_APPROVED");
        JsonNode rectifying = post("/api/hazards/" + id + "/rectification", Map.of(), "admin", 200);
        assertThat(rectifying.path("state").asString()).isEqualTo("RECTIFYING");
        assertThat(rectifying.path("deadline").asString()).isNotBlank();
    }

    @Test
    void overdueHazardsEscalateOneTierPerWeekWithTheClock() {
        String id = fileHazard(api, enterprise, "GENERAL", "inspector");
        post("/api/hazards/" + id + "/rectification", deadlineIn(Duration.ofMinutes(2), clock.instant()), "inspector", 200);
        Duration moved = Duration.ZERO;
        try {
            sweep.sweep();
            assertThat(api.get("/api/hazards/" + id, "inspector").json().path("deadlineState").asString())
                    .isEqualTo("REMINDER_DUE");
            clock.advance(Duration.ofMinutes(3));
            assertThat(sweep.sweep().escalations()).isGreaterThanOrEqualTo(1);
            assertThat(escalation(id)).isEqualTo("ENTERPRISE");
            assertThat(sweep.sweep().escalations()).as("idempotent").isZero();
            clock.advance(Duration.ofDays(7));
            moved = moved.plusDays(7);
            sweep.sweep();
            assertThat(escalation(id)).isEqualTo("TOWNSHIP");
            clock.advance(Duration.ofDays(14));
            moved = moved.plusDays(14);
            sweep.sweep();
            assertThat(escalation(id)).isEqualTo("COUNTY_SAFETY_COMMITTEE");
        } finally {
            clock.advance(moved.negated()); // the three minutes stay: API tokens outlive them, the deadline does not
        }
        JsonNode view = api.get("/api/hazards/" + id, "inspector").json();
        assertThat(view.path("state").asString()).isEqualTo("RECTIFYING");
        assertThat(view.path("deadlineState").asString()).isEqualTo("OVERDUE");
        assertThat(api.get("/api/hazards/statistics", "inspector").json().path("total").path("overdue").asInt())
                .isPositive();
    }

    /** Read from the table: while the clock is moved on, the tests' API tokens have expired. */
    private String escalation(String id) {
        return jdbc.sql("SELECT escalation_tier FROM hidden_hazard WHERE id = CAST(:id AS uuid)").param("id", id)
                .query(String.class).single();
    }
}
