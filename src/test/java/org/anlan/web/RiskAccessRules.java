package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.anlan.web.AccessRule.UNIQUE;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.enterprise.UnifiedSocialCreditCode;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Matrix rows of enterprises and dual prevention. Reads are open to everybody signed in and narrowed by scope;
 * writes on the 石浦 demo cold store (the demo enterprise user's own) are allowed to its officer, its township,
 * inspectors and administrators; a grid member of 丹东 may not touch a 石浦 enterprise. Hazards the matrix files
 * are left ungraded, so the four-colour map is not moved by the matrix.
 */
final class RiskAccessRules {

    static final String DEMO_ENTERPRISE = UUID.nameUUIDFromBytes(
            "anlan-risk-demo:enterprise:象山示范水产冷冻有限公司".getBytes(StandardCharsets.UTF_8)).toString();

    private RiskAccessRules() {
    }

    static Map<String, Object> enterprise(String township) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "矩阵测试企业" + UNIQUE.incrementAndGet() + "-" + System.nanoTime());
        e.put("creditCode", UnifiedSocialCreditCode.synthetic("330225", 50_000_000L + System.nanoTime() % 10_000_000L
                + UNIQUE.incrementAndGet()).value());
        e.put("industry", "工贸");
        e.put("townshipCode", township);
        return e;
    }

    static List<AccessRule> rules(ApiClient api) {
        String other = api.post("/api/enterprises", ApiClient.json(enterprise(SHIPU)), "admin").json().path("id").asString();
        JsonNode demo = api.get("/api/enterprises/" + DEMO_ENTERPRISE, "admin").json();
        Map<String, Object> unchanged = new LinkedHashMap<>();
        for (String field : List.of("name", "creditCode", "townshipCode", "address", "safetyOfficers",
                "standardisation")) {
            unchanged.put(field, demo.path(field).asString());
        }
        unchanged.put("industry", demo.path("industry").asString());
        unchanged.put("lat", demo.path("lat").asDouble());
        unchanged.put("lon", demo.path("lon").asDouble());
        unchanged.put("aboveScale", demo.path("aboveScale").asBoolean());
        unchanged.put("liabilityInsured", demo.path("liabilityInsured").asBoolean());
        String hazard = api.post("/api/hazards", ApiClient.json(hazard()), "admin").json().path("id").asString();

        Set<Role> notGrid = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER));
        Set<Role> notGridNorEnterprise = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.ENTERPRISE_OFFICER));
        Set<Role> changers = EnumSet.of(Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.ENTERPRISE_OFFICER);
        Set<Role> graders = EnumSet.of(Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return List.of(
                AccessRule.open("POST", "/api/risk/lec").withBody(() -> "{\"l\":10,\"e\":1,\"c\":7}"),
                AccessRule.open("POST", "/api/risk/ls").withBody(() -> "{\"l\":3,\"s\":4}"),
                AccessRule.open("POST", "/api/hazard-sources/assess").withBody(() ->
                        "{\"population\":120,\"substances\":[{\"name\":\"氨\",\"tonnes\":50}]}"),
                AccessRule.open("POST", "/api/public/hazard-tips").withBody(() -> ApiClient.json(Map.of(
                        "enterpriseName", "象山示范水产冷冻有限公司", "description", "矩阵测试举报 " + UNIQUE.incrementAndGet()))),
                AccessRule.of("GET", "/api/enterprises", EVERYONE),
                AccessRule.of("GET", "/api/enterprises?township=" + SHIPU + "&industry=INDUSTRY_AND_TRADE", notGrid),
                AccessRule.of("GET", "/api/enterprises/" + DEMO_ENTERPRISE, notGrid),
                AccessRule.of("GET", "/api/enterprises/" + other, notGridNorEnterprise),
                AccessRule.of("GET", "/api/enterprises/" + DEMO_ENTERPRISE + "/members", notGrid),
                AccessRule.of("POST", "/api/enterprises", graders).withBody(() -> ApiClient.json(enterprise(SHIPU))),
                AccessRule.of("POST", "/api/enterprises", EnumSet.of(Role.ADMIN, Role.INSPECTOR))
                        .withBody(() -> ApiClient.json(enterprise(HEPU))),
                AccessRule.of("PUT", "/api/enterprises/" + DEMO_ENTERPRISE, changers)
                        .withBody(() -> ApiClient.json(unchanged)),
                AccessRule.of("PUT", "/api/enterprises/" + other + "/members", EnumSet.of(Role.ADMIN, Role.TOWNSHIP_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("username", "matrix-user-" + UNIQUE.incrementAndGet()))),
                AccessRule.of("GET", "/api/risk-points", EVERYONE),
                AccessRule.of("GET", "/api/risk-points?enterprise=" + DEMO_ENTERPRISE, notGrid),
                AccessRule.of("POST", "/api/risk-points", changers).withBody(() -> ApiClient.json(Map.of(
                        "enterpriseId", DEMO_ENTERPRISE, "name", "矩阵测试风险点" + UNIQUE.incrementAndGet(),
                        "method", "LEC", "l", 1, "e", 1, "c", 1))),
                AccessRule.of("GET", "/api/hazard-sources", EVERYONE),
                AccessRule.of("POST", "/api/hazard-sources", changers).withBody(() -> ApiClient.json(Map.of(
                        "enterpriseId", DEMO_ENTERPRISE, "name", "矩阵测试单元" + UNIQUE.incrementAndGet(),
                        "population", 10, "substances", List.of(Map.of("name", "氨", "tonnes", 1))))),
                AccessRule.of("GET", "/api/hazards", EVERYONE),
                AccessRule.of("GET", "/api/hazards?open=true&supervised=true", EVERYONE),
                AccessRule.of("GET", "/api/hazards/statistics", EVERYONE),
                AccessRule.of("GET", "/api/hazards/" + hazard, notGrid),
                AccessRule.of("POST", "/api/hazards", changers).withBody(() -> ApiClient.json(hazard())),
                AccessRule.of("POST", "/api/hazards/" + hazard + "/grade", graders)
                        .withBody(() -> ApiClient.json(Map.of("grade", "GENERAL"))).accessOnly(),
                AccessRule.of("POST", "/api/hazards/" + hazard + "/acceptance", graders)
                        .withBody(() -> "{}").accessOnly(),
                AccessRule.of("POST", "/api/hazards/" + hazard + "/supervision",
                                EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.INSPECTOR))
                        .withBody(() -> ApiClient.json(Map.of("level", "COUNTY", "supervisingUnit", "县安委办",
                                "responsibleUnit", "企业", "deadline", "2030-01-01T00:00:00Z", "documentNumber", "矩阵1号")))
                        .accessOnly(),
                AccessRule.of("PUT", "/api/hazards/" + hazard + "/reward", EnumSet.of(Role.ADMIN, Role.INSPECTOR))
                        .withBody(() -> ApiClient.json(Map.of("yuan", 100, "status", "APPROVED"))).accessOnly(),
                AccessRule.of("GET", "/api/risk-map", EVERYONE),
                AccessRule.of("GET", "/api/risk-map/export.geojson", EVERYONE),
                AccessRule.of("GET", "/api/risk-map/export.csv", EVERYONE),
                AccessRule.of("GET", "/api/enterprises/export.xlsx", EVERYONE));
    }

    private static Map<String, Object> hazard() {
        return Map.of("enterpriseId", DEMO_ENTERPRISE, "description", "矩阵测试隐患 " + UNIQUE.incrementAndGet(),
                "location", "冷库", "category", "测试");
    }
}
