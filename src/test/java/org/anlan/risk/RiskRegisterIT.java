package org.anlan.risk;

import static org.anlan.risk.RiskFixtures.HEPU;
import static org.anlan.risk.RiskFixtures.SHIPU;
import static org.anlan.risk.RiskFixtures.createEnterprise;
import static org.anlan.risk.RiskFixtures.fileHazard;
import static org.anlan.risk.RiskFixtures.lecPoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Enterprises, risk points, the four-colour map, major hazard units and public tip-offs through the API. */
@AnlanIntegrationTest
class RiskRegisterIT {

    static final String GAOTANG = "330225204";

    @LocalServerPort
    int port;
    @Autowired
    RiskMapIndex index;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String demoEnterprise() {
        for (JsonNode e : api.get("/api/enterprises?q=" + java.net.URLEncoder.encode(RiskDemoSeed.DEMO_ENTERPRISE,
                java.nio.charset.StandardCharsets.UTF_8), "admin").json()) {
            return e.path("id").asString();
        }
        throw new AssertionError("demo enterprise missing");
    }

    @Test
    void theDemoRegisterCoversEveryTownshipWithHazardsInEveryState() {
        JsonNode enterprises = api.get("/api/enterprises", "admin").json();
        List<String> townships = new ArrayList<>();
        enterprises.forEach(e -> townships.add(e.path("townshipCode").asString()));
        assertThat(townships.stream().distinct().count()).isEqualTo(18);
        List<String> states = new ArrayList<>();
        api.get("/api/hazards", "admin").json().forEach(h -> states.add(h.path("state").asString()));
        assertThat(states).contains("DISCOVERED", "REGISTERED", "GRADED", "PLAN_APPROVED", "RECTIFYING", "VERIFYING",
                "CLOSED");
        assertThat(api.get("/api/hazards?supervised=true", "admin").json()).isNotEmpty();
        assertThat(api.get("/api/hazard-sources", "admin").json().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEnterpriseUserSeesAndMaintainsOnlyTheirOwnEnterprise() {
        JsonNode own = api.get("/api/enterprises", "enterprise").json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("name").asString()).isEqualTo(RiskDemoSeed.DEMO_ENTERPRISE);
        String other = createEnterprise(api, "测试他人企业", SHIPU);
        assertThat(api.get("/api/enterprises/" + other, "enterprise").code()).isEqualTo("SCOPE_ENTERPRISE_DENIED");
        assertThat(api.get("/api/hazards?enterprise=" + other, "enterprise").status()).isEqualTo(403);
        String id = own.get(0).path("id").asString();
        Map<String, Object> change = new HashMap<>();
        own.get(0).properties().forEach(p -> change.put(p.getKey(), p.getValue().isNumber() ? p.getValue().numberValue()
                : p.getValue().isBoolean() ? p.getValue().asBoolean() : p.getValue().asString()));
        change.put("safetyOfficers", "张冷库（安全主管）、测试副主管");
        assertThat(api.put("/api/enterprises/" + id, ApiClient.json(change), "enterprise").status()).isEqualTo(200);
        change.put("townshipCode", HEPU);
        assertThat(api.put("/api/enterprises/" + id, ApiClient.json(change), "enterprise").code())
                .isEqualTo("ENTERPRISE_MOVE_DENIED");
        assertThat(api.get("/api/risk-points", "enterprise").json()).allSatisfy(p ->
                assertThat(p.path("enterpriseId").asString()).isEqualTo(id));
        assertThat(api.get("/api/enterprises", "township-shipu").json()).allSatisfy(e ->
                assertThat(e.path("townshipCode").asString()).isEqualTo(SHIPU));
        assertThat(api.get("/api/enterprises?township=" + HEPU, "township-shipu").status()).isEqualTo(403);
    }

    @Test
    void creditCodesAreCheckedWithTheirCheckCharacter() {
        Map<String, Object> body = RiskFixtures.enterprise("测试校验企业" + System.nanoTime(), HEPU);
        String good = (String) body.get("creditCode");
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        body.put("creditCode", good.substring(0, 17) + wrong);
        var refused = api.post("/api/enterprises", ApiClient.json(body), "admin");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ENTERPRISE_CREDIT_CODE_INVALID");
        body.put("creditCode", good.toLowerCase());
        assertThat(api.post("/api/enterprises", ApiClient.json(body), "admin").status()).isEqualTo(201);
    }

    @Test
    void aTownshipTakesItsHighestActivePointAndMovesBackWhenItIsArchived() {
        JsonNode was = township(GAOTANG).path("level");
        String before = was.isNull() || was.isMissingNode() ? null : was.asString();
        String enterprise = createEnterprise(api, "测试四色图企业", GAOTANG);
        JsonNode point = post("/api/risk-points", lecPoint(enterprise, "测试重大风险点", "6", "6", "15"), "admin", 201);
        assertThat(point.path("score").asInt()).isEqualTo(540);
        assertThat(point.path("colour").asString()).isEqualTo("RED");
        assertThat(point.path("controlLevel").asString()).isEqualTo("企业主要负责人");
        assertThat(township(GAOTANG).path("colour").asString()).isEqualTo("RED");
        JsonNode ls = post("/api/risk-points", Map.of("enterpriseId", enterprise, "name", "测试矩阵点", "method", "LS",
                "l", 3, "s", 4), "admin", 201);
        assertThat(ls.path("variant").asString()).isEqualTo("LS A");
        assertThat(ls.path("level").asString()).isEqualTo("GENERAL");
        assertThat(api.post("/api/risk-points", ApiClient.json(lecPoint(enterprise, "x", "5", "6", "7")), "admin").code())
                .isEqualTo("risk.lec.factor-not-in-table");
        assertThat(api.put("/api/risk-points/" + point.path("id").asString() + "/active",
                ApiClient.json(Map.of("active", false)), "admin").status()).isEqualTo(200);
        assertThat(township(GAOTANG).path("level").asString()).isEqualTo(before == null ? "GENERAL"
                : higher(before, "GENERAL"));
        assertThat(index.map()).isEqualTo(RiskMapIndex.load(jdbc).toRiskMap(index.rule()));
    }

    @Test
    void anOpenMajorHazardRaisesItsTownshipUntilItIsClosedAndTheMapStaysEqualToAFullRecompute() {
        String enterprise = createEnterprise(api, "测试隐患四色图企业", GAOTANG);
        post("/api/risk-points", lecPoint(enterprise, "测试低风险点", "1", "1", "1"), "admin", 201);
        String hazard = fileHazard(api, enterprise, "MAJOR", "inspector");
        assertThat(township(GAOTANG).path("colour").asString()).isEqualTo("RED");
        assertThat(township(GAOTANG).path("raisedByOpenMajorHazards").asBoolean()).isTrue();
        assertThat(index.map()).isEqualTo(RiskMapIndex.load(jdbc).toRiskMap(index.rule()));
        var csv = api.get("/api/risk-map/export.csv", "commander");
        assertThat(csv.body()).contains("TOWNSHIP," + GAOTANG).contains("测试隐患四色图企业");
        JsonNode geo = api.get("/api/risk-map/export.geojson", "commander").json();
        assertThat(geo.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.path("features").size()).isGreaterThan(18);
        assertThat(hazard).isNotBlank();
    }

    @Test
    void aRelocatedEnterpriseTakesItsRiskPointsAndHazardsToItsNewTownship() {
        String enterprise = createEnterprise(api, "测试迁移企业", GAOTANG);
        post("/api/risk-points", lecPoint(enterprise, "测试迁移风险点", "3", "6", "7"), "admin", 201);
        String hazard = fileHazard(api, enterprise, null, "inspector");
        JsonNode record = api.get("/api/enterprises/" + enterprise, "admin").json();
        Map<String, Object> moved = new HashMap<>();
        record.properties().forEach(p -> moved.put(p.getKey(), p.getValue().isNumber() ? p.getValue().numberValue()
                : p.getValue().isBoolean() ? p.getValue().asBoolean() : p.getValue().asString()));
        moved.put("townshipCode", HEPU);
        moved.remove("lat");
        moved.remove("lon");
        assertThat(api.put("/api/enterprises/" + enterprise, ApiClient.json(moved), "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/risk-points?enterprise=" + enterprise, "admin").json().get(0).path("townshipCode")
                .asString()).isEqualTo(HEPU);
        assertThat(api.get("/api/hazards/" + hazard, "township-shipu").status()).isEqualTo(403);
        assertThat(index.map()).isEqualTo(RiskMapIndex.load(jdbc).toRiskMap(index.rule()));
    }

    @Test
    void aDeclaredUnitShowsSAndRStepByStep() {
        JsonNode unit = post("/api/hazard-sources", Map.of("enterpriseId", createEnterprise(api, "测试危化企业", HEPU),
                "name", "储罐区", "unitKind", "STORAGE", "population", 120, "substances",
                List.of(Map.of("name", "氨", "tonnes", 50), Map.of("name", "液化石油气", "tonnes", 100))), "inspector", 201);
        assertThat(unit.path("assessment").path("s").decimalValue()).isEqualByComparingTo("7");
        assertThat(unit.path("assessment").path("r").decimalValue()).isEqualByComparingTo("26");
        assertThat(unit.path("assessment").path("grade").asString()).isEqualTo("THIRD");
        assertThat(unit.path("assessment").path("steps")).hasSize(2);
    }

    @Test
    void aPublicTipOffIsTrackedWithItsRewardWithoutAnAccount() {
        var receipt = api.post("/api/public/hazard-tips", ApiClient.json(Map.of("enterpriseName",
                RiskDemoSeed.DEMO_ENTERPRISE, "description", "冷库后门安全出口被锁住")), ApiClient.ANONYMOUS);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String code = receipt.json().path("trackingCode").asString();
        JsonNode status = api.post("/api/public/hazard-tips/status", ApiClient.json(Map.of("trackingCode", code)),
                ApiClient.ANONYMOUS).json();
        assertThat(status.path("state").asString()).isEqualTo("DISCOVERED");
        assertThat(status.path("rewardStatus").asString()).isEqualTo("PENDING");
        String id = api.get("/api/hazards?state=DISCOVERED", "admin").json().valueStream()
                .filter(h -> h.path("description").asString().equals("冷库后门安全出口被锁住")).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(api.put("/api/hazards/" + id + "/reward", ApiClient.json(Map.of("yuan", 300, "status", "APPROVED")),
                "inspector").status()).isEqualTo(200);
        status = api.post("/api/public/hazard-tips/status", ApiClient.json(Map.of("trackingCode", code)), null).json();
        assertThat(status.path("rewardStatus").asString()).isEqualTo("APPROVED");
        assertThat(status.path("rewardYuan").asInt()).isEqualTo(300);
        assertThat(api.post("/api/public/hazard-tips", ApiClient.json(Map.of("enterpriseName", RiskDemoSeed.DEMO_ENTERPRISE,
                "description", "机器人填写的内容", "website", "http://spam")), null).code()).isEqualTo("TIP_REJECTED");
        assertThat(api.post("/api/public/hazard-tips", ApiClient.json(Map.of("enterpriseName", "不存在的企业",
                "description", "这里有隐患需要处理")), null).code()).isEqualTo("TIP_ENTERPRISE_UNKNOWN");
        assertThat(api.post("/api/public/hazard-tips/status", ApiClient.json(Map.of("trackingCode", "guess")), null)
                .status()).isEqualTo(404);
        JsonNode registered = post("/api/hazards/" + id + "/register", Map.of("location", "冷库后门", "category", "安全出口"),
                "township-shipu", 200);
        assertThat(registered.path("state").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void beforePhotosAreStoredOutsideTheDatabaseAndServedBack() {
        String hazard = fileHazard(api, demoEnterprise(), null, "enterprise");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 1, 2, 3};
        var upload = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/hazards/" + hazard + "/photos?phase=BEFORE",
                "file", "before.png", png).header("Authorization", "Bearer " + api.token("enterprise")).build());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        String photo = upload.json().path("id").asString();
        var served = api.get("/api/hazards/" + hazard + "/photos/" + photo, "inspector");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains("PNG");
        var after = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/hazards/" + hazard + "/photos?phase=AFTER",
                "file", "after.png", png).header("Authorization", "Bearer " + api.token("enterprise")).build());
        assertThat(after.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT stored_name FROM hidden_hazard_photo WHERE id = CAST(:id AS uuid)").param("id", photo)
                .query(String.class).single()).startsWith("hazards/" + hazard + "/");
        JsonNode view = api.get("/api/hazards/" + hazard, "enterprise").json();
        assertThat(view.path("origin").asString()).isEqualTo("SELF_CHECK");
        assertThat(view.path("photos")).hasSize(1);
    }

    @Test
    void statisticsFollowTheCallersScope() {
        JsonNode county = api.get("/api/hazards/statistics", "commander").json();
        assertThat(county.path("byTownship").size()).isGreaterThan(5);
        assertThat(county.path("bySource").size()).isEqualTo(4);
        assertThat(county.path("total").path("found").asInt()).isGreaterThanOrEqualTo(21);
        JsonNode shipu = api.get("/api/hazards/statistics", "township-shipu").json();
        assertThat(shipu.path("byTownship")).allSatisfy(r -> assertThat(r.path("key").asString()).isEqualTo(SHIPU));
    }

    private JsonNode township(String code) {
        for (JsonNode t : api.get("/api/risk-map", "commander").json().path("townships")) {
            if (t.path("key").asString().equals(code)) {
                return t;
            }
        }
        throw new AssertionError(code);
    }

    private static String higher(String a, String b) {
        return RiskLevel.valueOf(a).isHigherThan(RiskLevel.valueOf(b)) ? a : b;
    }

    private JsonNode post(String path, Object body, String user, int expected) {
        var response = api.post(path, ApiClient.json(body), user);
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response.json();
    }
}
