package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.anlan.web.AccessRule.UNIQUE;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.monitoring.RuleSet;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of monitoring. Everybody signed in reads stations, rainfall, rules and signals; county roles, the
 * meteorological department and township officers (their own township's stations) send observations; rules are
 * changed by administrators, commanders and the meteorological department; official signals are imported by
 * administrators, the duty desk and the department; stations are registered by administrators and the department.
 * Observations the matrix sends are from 2025, long out of every current window.
 */
final class MonitoringAccessRules {

    private static final Instant PAST = Instant.parse("2025-01-01T00:00:00Z");

    private MonitoringAccessRules() {
    }

    static List<AccessRule> rules() {
        Set<Role> senders = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER,
                Role.TOWNSHIP_OFFICER);
        Set<Role> countySenders = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/monitoring/stations", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/stations/R" + SHIPU, EVERYONE),
                AccessRule.of("GET", "/api/monitoring/stations/R" + SHIPU + "/hourly?hours=6", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/rainfall", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/rainfall?township=" + HEPU, EVERYONE),
                AccessRule.of("GET", "/api/monitoring/rules", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/rules/history", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/rules/1", EVERYONE),
                AccessRule.of("GET", "/api/monitoring/signals", EVERYONE),
                AccessRule.of("POST", "/api/monitoring/observations", senders)
                        .withBody(() -> ApiClient.json(List.of(reading("R" + SHIPU)))),
                AccessRule.of("POST", "/api/monitoring/observations", countySenders)
                        .withBody(() -> ApiClient.json(List.of(reading("R" + HEPU)))),
                AccessRule.of("PUT", "/api/monitoring/rules", EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DEPARTMENT_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("rules", RuleSet.defaults(), "note", "矩阵测试"))),
                AccessRule.of("POST", "/api/monitoring/signals", EnumSet.of(Role.ADMIN, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("sourceRef", "matrix-" + UNIQUE.incrementAndGet(),
                                "hazard", "RAINSTORM", "level", "BLUE", "townshipCodes", List.of(SHIPU),
                                "issuer", "矩阵测试气象台", "issuedAt", PAST.toString()))),
                AccessRule.of("POST", "/api/monitoring/stations", EnumSet.of(Role.ADMIN, Role.DEPARTMENT_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("id", "MX-" + UNIQUE.incrementAndGet(), "name", "矩阵测试站",
                                "kind", "WIND", "lat", 29.2, "lon", 121.95))));
    }

    private static Map<String, Object> reading(String station) {
        return Map.of("stationId", station, "observedAt",
                PAST.plus(Duration.ofSeconds(UNIQUE.incrementAndGet())).toString(), "value", 0.5, "unit", "mm");
    }
}
