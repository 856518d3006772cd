package org.anlan.web;

import static org.anlan.web.AccessRule.UNIQUE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.incident.IncidentTypes;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/** Matrix rows of the duty desk: public reports, incidents, upward reports and dispatch. */
final class IncidentAccessRules {

    private IncidentAccessRules() {
    }

    static Map<String, Object> shipuReport() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", IncidentTypes.all().get(0).code());
        body.put("lat", 29.2100);
        body.put("lon", 121.9530);
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120).toString());
        body.put("description", "权限矩阵测试事件 " + UNIQUE.incrementAndGet());
        return body;
    }

    static List<AccessRule> rules(ApiClient api) {
        String id = api.post("/api/incidents", ApiClient.json(shipuReport()), "duty").json().path("id").asString();
        Set<Role> readers = EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER, Role.GRID_MEMBER));
        Set<Role> desk = EnumSet.of(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        String incident = "/api/incidents/" + id;
        return List.of(
                AccessRule.open("GET", "/api/incident-types"),
                AccessRule.open("POST", "/api/public/reports").withBody(() -> ApiClient.json(shipuReport())),
                AccessRule.of("GET", "/api/incidents", EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER))),
                AccessRule.of("POST", "/api/incidents", EnumSet.of(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN,
                        Role.TOWNSHIP_OFFICER)).withBody(() -> ApiClient.json(shipuReport())),
                AccessRule.of("GET", incident, readers),
                AccessRule.of("GET", incident + "/obligations", readers),
                AccessRule.of("GET", incident + "/reports", readers),
                AccessRule.of("GET", incident + "/merge-candidates", readers),
                AccessRule.of("GET", incident + "/recommendations", readers),
                AccessRule.of("GET", incident + "/dispatch-orders", readers),
                AccessRule.of("GET", incident + "/photos", readers),
                AccessRule.of("PUT", incident + "/severity", desk)
                        .withBody(() -> ApiClient.json(Map.of("severity", "IV", "reason", "权限矩阵"))),
                AccessRule.of("POST", incident + "/reports", EnumSet.of(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN,
                        Role.TOWNSHIP_OFFICER)).withBody(() -> ApiClient.json(Map.of("kind", "INITIAL", "channel", "PHONE",
                        "recipient", "宁波市应急管理局", "content", "首报"))),
                AccessRule.of("PUT", incident + "/status", desk)
                        .withBody(() -> ApiClient.json(Map.of("status", "CONFIRMED"))).accessOnly(),
                AccessRule.of("POST", incident + "/merge", desk)
                        .withBody(() -> ApiClient.json(Map.of("into", id))).accessOnly(),
                AccessRule.of("GET", "/api/dispatch/orders", EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER))),
                AccessRule.of("POST", "/api/dispatch/orders", desk)
                        .withBody(() -> ApiClient.json(Map.of("incidentId", id, "teamId", "00000000-0000-0000-0000-000000000000")))
                        .accessOnly(),
                AccessRule.of("PUT", "/api/dispatch/orders/00000000-0000-0000-0000-000000000000/status", desk)
                        .withBody(() -> ApiClient.json(Map.of("status", "EN_ROUTE"))).accessOnly());
    }

}
