package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.anlan.web.AccessRule.UNIQUE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/** Matrix rows of the foundation: geography, township records, identity and audit. */
final class FoundationAccessRules {

    private FoundationAccessRules() {
    }

    static List<AccessRule> rules() {
        Set<Role> profileEditors = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        return List.of(
                AccessRule.open("GET", "/api/geo/townships"),
                AccessRule.open("GET", "/api/geo/locate?lat=29.47&lon=121.87"),
                AccessRule.open("GET", "/api/geo/boundaries"),
                AccessRule.open("GET", "/api/geo/rescue-circles"),
                AccessRule.of("PUT", "/api/geo/rescue-circles/SOUTH/members", EnumSet.of(Role.ADMIN, Role.COMMANDER))
                        .withBody(() -> ApiClient.json(Map.of("members", List.of(SHIPU)))),
                AccessRule.of("GET", "/api/identity/me", EVERYONE),
                AccessRule.of("GET", "/api/identity/users", EnumSet.of(Role.ADMIN)),
                AccessRule.of("POST", "/api/identity/users", EnumSet.of(Role.ADMIN))
                        .withBody(() -> ApiClient.json(Map.of("username", "matrix-" + UNIQUE.incrementAndGet(), "role", "duty"))),
                AccessRule.of("GET", "/api/identity/organisations", EnumSet.of(Role.ADMIN)),
                AccessRule.of("GET", "/api/audit/entries", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                AccessRule.of("GET", "/api/audit/verify", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                AccessRule.of("GET", "/api/county/townships/" + SHIPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                AccessRule.of("GET", "/api/county/townships/" + HEPU,
                        EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                AccessRule.of("GET", "/api/county/townships/" + SHIPU + "/villages",
                        EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                AccessRule.of("GET", "/api/county/townships/" + HEPU + "/villages",
                        EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                AccessRule.of("PUT", "/api/county/townships/" + SHIPU, profileEditors)
                        .withBody(() -> ApiClient.json(Map.of("population", 51000))),
                AccessRule.of("PUT", "/api/county/townships/" + HEPU, EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("population", 31000))),
                AccessRule.of("POST", "/api/county/townships/" + SHIPU + "/villages", profileEditors)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵村" + UNIQUE.incrementAndGet(), "kind", "VILLAGE"))),
                AccessRule.of("POST", "/api/county/townships/" + HEPU + "/villages",
                        EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵村" + UNIQUE.incrementAndGet(), "kind", "VILLAGE"))));
    }
}
