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
 * Matrix rows of the shelter module. Everybody signed in reads the register, rates, needs and plans; county
 * roles change every shelter, the Shipu township officer those of 石浦镇; households (personal data) only the
 * managers of the shelter's township. The rows use the matrix's own large shelters.
 */
final class ShelterAccessRules {

    private ShelterAccessRules() {
    }

    static Map<String, Object> shelter(String township) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "矩阵测试避灾点" + UNIQUE.incrementAndGet());
        s.put("level", "VILLAGE");
        s.put("kind", "HALL");
        s.put("townshipCode", township);
        s.put("usableAreaM2", 10_000);
        return s;
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipu = SupplyAccessRules.created(api, "/api/shelters", shelter(SHIPU));
        String hepu = SupplyAccessRules.created(api, "/api/shelters", shelter(HEPU));
        api.post("/api/shelters/" + shipu + "/open", null, "admin");
        api.post("/api/shelters/" + hepu + "/open", null, "admin");
        String stay = SupplyAccessRules.created(api, "/api/shelters/" + shipu + "/stays",
                Map.of("householdHead", "矩阵户主", "people", 2));
        Set<Role> managers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/shelters", EVERYONE),
                AccessRule.of("GET", "/api/shelters?township=" + HEPU, EVERYONE),
                AccessRule.of("GET", "/api/shelters/" + hepu, EVERYONE),
                AccessRule.of("GET", "/api/shelters/" + shipu + "/needs", EVERYONE),
                AccessRule.of("GET", "/api/shelters/rates", EVERYONE),
                AccessRule.of("GET", "/api/shelters/evacuation-plans", EVERYONE),
                AccessRule.of("POST", "/api/shelters", managers).withBody(() -> ApiClient.json(shelter(SHIPU))),
                AccessRule.of("POST", "/api/shelters", county).withBody(() -> ApiClient.json(shelter(HEPU))),
                AccessRule.of("POST", "/api/shelters/" + shipu + "/open", managers),
                AccessRule.of("POST", "/api/shelters/" + hepu + "/open", county),
                AccessRule.of("PUT", "/api/shelters/" + shipu + "/checklist", managers)
                        .withBody(() -> ApiClient.json(Map.of("item", "SIGNAGE", "met", true, "evidence", "矩阵照片"))),
                AccessRule.of("PUT", "/api/shelters/" + hepu + "/checklist", county)
                        .withBody(() -> ApiClient.json(Map.of("item", "SIGNAGE", "met", true, "evidence", "矩阵照片"))),
                AccessRule.of("GET", "/api/shelters/" + shipu + "/stays", managers),
                AccessRule.of("GET", "/api/shelters/" + hepu + "/stays?all=true", county),
                AccessRule.of("POST", "/api/shelters/" + shipu + "/stays", managers)
                        .withBody(() -> ApiClient.json(Map.of("householdHead", "矩阵户主", "people", 1))),
                AccessRule.of("POST", "/api/shelters/" + hepu + "/stays", county)
                        .withBody(() -> ApiClient.json(Map.of("householdHead", "矩阵户主", "people", 1))),
                AccessRule.of("POST", "/api/shelters/" + shipu + "/demands", managers),
                AccessRule.of("POST", "/api/shelters/" + hepu + "/demands", county),
                AccessRule.of("POST", "/api/shelters/" + shipu + "/stays/" + stay + "/check-out", managers).accessOnly(),
                AccessRule.of("POST", "/api/shelters/" + hepu + "/close", county).accessOnly());
    }
}
