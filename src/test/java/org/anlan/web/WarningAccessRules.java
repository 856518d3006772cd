package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of the warning module. Everybody signed in reads; a township-bound user reads only warnings naming
 * their township. County duty officers, commanders, administrators and the township officer (own township) draft;
 * only the commander approves, updates and cancels (conflicts after the first call are expected, so access only).
 * POST /api/cap takes XML and is covered by WarningLifecycleIT.
 */
final class WarningAccessRules {

    private WarningAccessRules() {
    }

    static Map<String, Object> draft(String township) {
        return Map.of("hazard", "TIDE", "level", "BLUE", "townshipCodes", List.of(township), "description", "矩阵测试预警");
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipu = created(api, SHIPU);
        Set<Role> drafters = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        Set<Role> readersOfShipu = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER));
        return List.of(
                AccessRule.of("GET", "/api/warnings", EVERYONE),
                AccessRule.of("GET", "/api/warnings/lead-times", EVERYONE),
                AccessRule.open("GET", "/api/warnings/feed"),
                AccessRule.of("GET", "/api/warnings/" + shipu, readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/versions", readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/cap", readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/delivery", readersOfShipu),
                AccessRule.of("POST", "/api/warnings", drafters).withBody(() -> ApiClient.json(draft(SHIPU))),
                AccessRule.of("POST", "/api/warnings", county).withBody(() -> ApiClient.json(draft(HEPU))),
                AccessRule.of("PUT", "/api/warnings/" + shipu, drafters).withBody(() -> ApiClient.json(draft(SHIPU))).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/submit", drafters).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/approve", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/send-back", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/cancel", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/onset", county)
                        .withBody(() -> ApiClient.json(Map.of("observedOnsetAt", "2026-08-10T02:00:00Z"))));

    }

    private static String created(ApiClient api, String township) {
        var response = api.post("/api/warnings", ApiClient.json(draft(township)), "duty");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot draft the matrix warning: " + response);
        }
        return response.json().path("id").asString();
    }
}
