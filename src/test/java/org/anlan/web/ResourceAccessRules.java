package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.anlan.web.AccessRule.UNIQUE;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of the rescue forces registry. Everybody signed in reads; county roles change everything, the
 * Shipu township officer only records of 石浦镇. Teams the matrix writes to are its own micro fire stations, so
 * that the plan's counts of the demo register stay as they are.
 */
final class ResourceAccessRules {

    private ResourceAccessRules() {
    }

    static Map<String, Object> team(String name, String township, int headcount) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("name", name);
        team.put("kind", "MICRO_FIRE_STATION");
        team.put("townshipCode", township);
        team.put("headcount", headcount);
        team.put("capabilities", List.of("FIRE_SUPPRESSION"));
        return team;
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipuName = "矩阵测试站石浦" + UNIQUE.incrementAndGet();
        String hepuName = "矩阵测试站鹤浦" + UNIQUE.incrementAndGet();
        String shipuTeam = created(api, team(shipuName, SHIPU, 6));
        String hepuTeam = created(api, team(hepuName, HEPU, 6));
        Set<Role> managers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/resources/teams", EVERYONE),
                AccessRule.of("GET", "/api/resources/teams?township=" + HEPU + "&capability=SEA_RESCUE&status=ON_DUTY",
                        EVERYONE),
                AccessRule.of("GET", "/api/resources/teams/" + hepuTeam, EVERYONE),
                AccessRule.of("GET", "/api/resources/experts", EVERYONE),
                AccessRule.of("GET", "/api/resources/equipment?kind=BOAT", EVERYONE),
                AccessRule.of("GET", "/api/resources/vocabulary", EVERYONE),
                AccessRule.of("POST", "/api/resources/teams", managers)
                        .withBody(() -> ApiClient.json(team("矩阵测试站" + UNIQUE.incrementAndGet(), SHIPU, 6))),
                AccessRule.of("POST", "/api/resources/teams", county)
                        .withBody(() -> ApiClient.json(team("矩阵测试站" + UNIQUE.incrementAndGet(), HEPU, 6))),
                AccessRule.of("PUT", "/api/resources/teams/" + shipuTeam, managers)
                        .withBody(() -> ApiClient.json(team(shipuName, SHIPU, 6 + UNIQUE.incrementAndGet() % 5))),
                AccessRule.of("PUT", "/api/resources/teams/" + hepuTeam, county)
                        .withBody(() -> ApiClient.json(team(hepuName, HEPU, 6 + UNIQUE.incrementAndGet() % 5))),
                AccessRule.of("PUT", "/api/resources/teams/" + shipuTeam + "/status", managers)
                        .withBody(() -> ApiClient.json(Map.of("status", UNIQUE.incrementAndGet() % 2 == 0 ? "ON_DUTY" : "OFF_DUTY"))),
                AccessRule.of("PUT", "/api/resources/teams/" + hepuTeam + "/status", county)
                        .withBody(() -> ApiClient.json(Map.of("status", UNIQUE.incrementAndGet() % 2 == 0 ? "ON_DUTY" : "OFF_DUTY"))),
                AccessRule.of("POST", "/api/resources/experts", managers)
                        .withBody(() -> ApiClient.json(expert(SHIPU))),
                AccessRule.of("POST", "/api/resources/experts", county)
                        .withBody(() -> ApiClient.json(expert(HEPU))),
                AccessRule.of("POST", "/api/resources/equipment", managers)
                        .withBody(() -> ApiClient.json(depotEquipment(SHIPU))),
                AccessRule.of("POST", "/api/resources/equipment", county)
                        .withBody(() -> ApiClient.json(depotEquipment(HEPU))));
    }

    private static String created(ApiClient api, Map<String, Object> team) {
        var response = api.post("/api/resources/teams", ApiClient.json(team), "admin");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot register the matrix team: " + response);
        }
        return response.json().path("id").asString();
    }

    private static Map<String, Object> expert(String township) {
        return Map.of("name", "矩阵专家" + UNIQUE.incrementAndGet(), "specialities", List.of("测试"),
                "organisation", "矩阵测试单位", "townshipCode", township);
    }

    private static Map<String, Object> depotEquipment(String township) {
        return Map.of("name", "矩阵测试泵" + UNIQUE.incrementAndGet(), "kind", "PUMP", "quantity", 1,
                "depot", "矩阵测试仓库", "townshipCode", township);
    }
}
