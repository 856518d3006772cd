package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** From a public report of a fire in 石浦镇 to a closed incident with its final report, every step audited. */
@AnlanIntegrationTest
class DutyDeskFlowIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    IncidentDesk desk;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String buildingFire() {
        IncidentType fire = IncidentTypes.byCode("12B01").orElseThrow();
        assertThat(fire.name()).isEqualTo("火灾事故");
        return fire.code();
    }

    Map<String, Object> report(int dead) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", buildingFire());
        body.put("lat", 29.2100);
        body.put("lon", 121.9530);
        body.put("occurredAt", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).minusSeconds(300).toString());
        body.put("description", "石浦渔港附近一冷库起火");
        body.put("dead", dead);
        body.put("injured", 1);
        body.put("directLossYuan", 200_000);
        return body;
    }

    @Test
    void aPublicFireReportIsDispatchedProgressedClosedAndReportedWithEveryStepAudited() {
        String id = api.post("/api/public/reports", ApiClient.json(report(0)), null).json().path("id").asString();

        var desk = api.get("/api/incidents", "duty").json();
        List<String> onDesk = new ArrayList<>();
        desk.forEach(i -> onDesk.add(i.path("id").asString()));
        assertThat(onDesk).contains(id);
        var incident = api.get("/api/incidents/" + id, "duty").json();
        assertThat(incident.path("severity").asString()).isEqualTo("IV");
        assertThat(incident.path("township").asString()).isEqualTo("330225101");

        var recommendations = api.get("/api/incidents/" + id + "/recommendations", "duty").json();
        assertThat(recommendations.size()).isGreaterThan(2);
        JsonNode best = recommendations.get(0);
        assertThat(best.path("capabilityMatch").asBoolean()).isTrue();
        assertThat(best.path("circle").asString()).isEqualTo("SOUTH");
        assertThat(best.path("travelMinutes").asDouble()).isPositive();
        assertThat(best.has("meets135")).isTrue();
        assertThat(best.has("meets15min")).isTrue();
        double previous = 0;
        for (JsonNode r : recommendations) {
            if (!r.path("capabilityMatch").asBoolean()) {
                break;
            }
            assertThat(r.path("travelMinutes").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = r.path("travelMinutes").asDouble();
        }

        String teamId = best.path("teamId").asString();
        var order = api.post("/api/dispatch/orders", ApiClient.json(Map.of("incidentId", id, "teamId", teamId)), "duty");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String orderId = order.json().path("id").asString();
        var again = api.post("/api/dispatch/orders", ApiClient.json(Map.of("incidentId", id, "teamId", teamId)), "duty");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DISPATCH_TEAM_UNAVAILABLE");
        assertThat(api.get("/api/incidents/" + id, "duty").json().path("status").asString()).isEqualTo("RESPONDING");

        for (String step : List.of("EN_ROUTE", "ON_SCENE", "FINISHED")) {
            clock.advance(Duration.ofMinutes(2));
            var moved = api.put("/api/dispatch/orders/" + orderId + "/status", ApiClient.json(Map.of("status", step)), "duty");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        var timeline = api.get("/api/incidents/" + id + "/dispatch-orders", "duty").json().get(0);
        assertThat(timeline.path("onSceneAt").asString()).isNotEmpty();
        assertThat(timeline.path("responseMinutes").asDouble()).isEqualTo(4.0);

        assertThat(api.post("/api/incidents/" + id + "/reports", ApiClient.json(Map.of("kind", "FINAL", "channel", "WRITTEN",
                "recipient", "宁波市应急管理局", "content", "终报")), "duty").code()).isEqualTo("FINAL_REPORT_BEFORE_CLOSE");
        assertThat(api.put("/api/incidents/" + id + "/status", ApiClient.json(Map.of("status", "CLOSED")), "duty").status())
                .isEqualTo(200);
        var fin = api.post("/api/incidents/" + id + "/reports", ApiClient.json(Map.of("kind", "FINAL", "channel", "WRITTEN",
                "recipient", "宁波市应急管理局", "content", "火已扑灭，无人员死亡。")), "duty");
        assertThat(fin.status()).as(fin.body()).isEqualTo(201);

        List<String> actions = jdbc.sql("""
                SELECT action FROM audit_entry WHERE entity_id IN (:ids) ORDER BY seq""")
                .param("ids", List.of(id, orderId)).query(String.class).list();
        assertThat(actions).containsSubsequence("INCIDENT_REPORT", "INCIDENT_STATUS", "DISPATCH_EN_ROUTE",
                "DISPATCH_ON_SCENE", "DISPATCH_FINISHED", "INCIDENT_CLOSE", "INCIDENT_UPWARD_REPORT");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'DISPATCH_ORDER' AND entity_id = :o")
                .param("o", orderId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM duty_log_entry WHERE incident_id = :id ORDER BY at").param("id", id)
                .query(String.class).list()).as("the duty log records the dispatch and the final report")
                .containsSubsequence("ACTION", "ACTION");
    }

    @Test
    void anOverdueUpwardReportIsEscalatedOnceOnTheControllableClock() {
        var created = api.post("/api/incidents", ApiClient.json(report(3)), "duty");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = java.util.UUID.fromString(created.json().path("id").asString());
        assertThat(jdbc.sql("SELECT kind FROM duty_log_entry WHERE incident_id = :id").param("id", id.toString())
                .query(String.class).list()).as("the call is in the duty log").containsExactly("CALL_IN");
        assertThat(api.get("/api/incidents/" + id, "duty").json().path("severity").asString()).isEqualTo("III");

        desk.escalateOverdue();
        assertThat(jdbc.sql("SELECT count(*) FROM incident_escalation WHERE incident_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        clock.advance(Duration.ofMinutes(31));
        desk.escalateOverdue();
        desk.escalateOverdue();
        assertThat(jdbc.sql("SELECT obligation FROM incident_escalation WHERE incident_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("INITIAL/PHONE");
        var obligations = api.get("/api/incidents/" + id + "/obligations", "duty").body();
        assertThat(obligations).contains("OVERDUE");
    }
}
