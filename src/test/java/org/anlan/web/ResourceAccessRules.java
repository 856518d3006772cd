package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.UNIQUE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** Matrix rows of the rescue forces registry. */
final class ResourceAccessRules {

    private ResourceAccessRules() {
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipuTeam = null;
        for (JsonNode team : api.get("/api/resources/teams?township=330225101&kind=MICRO_FIRE_STATION", "admin").json()) {
            shipuTeam = team.path("id").asString();
        }
        var managers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/resources/teams", EVERYONE),
                AccessRule.of("GET", "/api/resources/teams/" + shipuTeam, EVERYONE),
                AccessRule.of("GET", "/api/resources/experts", EVERYONE),
                AccessRule.of("GET", "/api/resources/equipment", EVERYONE),
                AccessRule.of("PUT", "/api/resources/teams/" + shipuTeam + "/status", managers)
                        .withBody(() -> ApiClient.json(Map.of("status", "ON_DUTY"))),
                AccessRule.of("POST", "/api/resources/teams", managers)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵测试队" + UNIQUE.incrementAndGet(),
                                "kind", "SOCIAL_RESCUE", "townshipCode", "330225101", "headcount", 8,
                                "capabilities", List.of("GENERAL_RESCUE")))));
    }
}
