package org.anlan.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The shelter registry, occupancy and needs through the API, as the desk and a township officer use them. */
@AnlanIntegrationTest
class SheltersIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Map<String, Object> shelter(String name, String township, Object area) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("level", "VILLAGE");
        s.put("kind", "HALL");
        s.put("townshipCode", township);
        s.put("usableAreaM2", area);
        s.put("facilities", List.of("应急照明"));
        return s;
    }

    private String registered(String township, int areaM2) {
        var response = api.post("/api/shelters", ApiClient.json(shelter("测试避灾点" + UNIQUE.incrementAndGet(), township, areaM2)), "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    @Test
    void theDemoRegisterHasThePlansSizeSpreadOverEveryTownshipAllStandardised() {
        List<JsonNode> demo = new ArrayList<>();
        api.get("/api/shelters", "grid").json().forEach(v -> {
            if (v.path("shelter").path("synthetic").asBoolean()) {
                demo.add(v);
            }
        });
        assertThat(demo).hasSize(225);
        assertThat(demo.stream().filter(v -> v.path("shelter").path("provincialStandard").asBoolean())).hasSize(32);
        assertThat(demo).allMatch(v -> v.path("standardised").asBoolean());
        Map<String, Integer> perTownship = new HashMap<>();
        demo.forEach(v -> perTownship.merge(v.path("shelter").path("townshipCode").asString(), 1, Integer::sum));
        assertThat(perTownship).hasSize(18);
        // spread by population: the most populous street has more points than the smallest island township
        assertThat(perTownship.get("330225001")).isGreaterThan(perTownship.get("330225204") * 3);
        assertThat(demo.stream().filter(v -> v.path("shelter").path("level").asString().equals("COUNTY")))
                .hasSize(3).allMatch(v -> v.path("shelter").path("capacity").asInt() >= 200);
        JsonNode rates = api.get("/api/shelters/rates", "grid").json();
        assertThat(rates).hasSize(18);
        rates.forEach(r -> assertThat(r.path("standardised").asInt()).isLessThanOrEqualTo(r.path("shelters").asInt()));
        assertThat(jdbc.sql("SELECT count(*) FROM village WHERE name LIKE '%（演示）'").query(Long.class).single())
                .isGreaterThanOrEqualTo(193);
    }

    @Test
    void capacityComesFromUsableAreaAndBadInputIsRefusedWithNothingSaved() {
        var created = api.post("/api/shelters", ApiClient.json(shelter("测试面积点" + UNIQUE.incrementAndGet(), SHIPU, 101.5)), "admin");
        assertThat(created.json().path("capacity").asInt()).isEqualTo(50);
        long before = jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single();
        var negative = api.post("/api/shelters", ApiClient.json(shelter("测试负面积", SHIPU, -10)), "admin");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.code()).isEqualTo("SHELTER_AREA_INVALID");
        var badKind = shelter("测试类型", SHIPU, 100);
        badKind.put("kind", "CASTLE");
        assertThat(api.post("/api/shelters", ApiClient.json(badKind), "admin").code()).isEqualTo("SHELTER_CODE_UNKNOWN");
        assertThat(api.post("/api/shelters", ApiClient.json(shelter("测试乡镇", "330225999", 100)), "admin").code())
                .isEqualTo("SHELTER_TOWNSHIP_UNKNOWN");
        assertThat(jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aTownshipOfficerOpensTheirShelterChecksInUpToCapacityAndRaisesTheNeedsAsSupplyDemands() {
        String id = registered(SHIPU, 20); // capacity 10
        String hepu = registered(HEPU, 100);
        var closed = api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "王海", "people", 3)),
                "township-shipu");
        assertThat(closed.code()).isEqualTo("SHELTER_CLOSED");
        assertThat(api.post("/api/shelters/" + hepu + "/open", null, "township-shipu").status()).isEqualTo(403);
        assertThat(api.post("/api/shelters/" + id + "/open", null, "township-shipu").json().path("open").asBoolean()).isTrue();

        var in = api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "王海",
                "idNumber", "11010519491231002X", "villageName", "番西村", "people", 4)), "township-shipu");
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        assertThat(in.json().path("idNumberMasked").asString()).isEqualTo("110***********002X");
        assertThat(in.body()).doesNotContain("19491231");
        var badId = api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "李明",
                "idNumber", "110105194912310021", "people", 2)), "township-shipu");
        assertThat(badId.code()).isEqualTo("ID_NUMBER_INVALID");
        var zero = api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "李明", "people", 0)),
                "township-shipu");
        assertThat(zero.code()).isEqualTo("SHELTER_PEOPLE_INVALID");
        api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "李明", "people", 5)), "township-shipu");
        var full = api.post("/api/shelters/" + id + "/stays", ApiClient.json(Map.of("householdHead", "赵强", "people", 2)),
                "township-shipu");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("SHELTER_FULL");

        JsonNode detail = api.get("/api/shelters/" + id, "grid").json();
        assertThat(detail.path("occupancy").path("present").asInt()).isEqualTo(9);
        Map<String, Long> needed = new HashMap<>();
        detail.path("needs").forEach(n -> needed.put(n.path("itemCode").asString(), n.path("needed").asLong()));
        // 9 people: a quilt, a bed and a hygiene kit each, 3 meals and 5 bottles a day, a lamp per 10 people
        assertThat(needed).containsEntry("QUILT", 9L).containsEntry("FOLDING_BED", 9L).containsEntry("INSTANT_FOOD", 27L)
                .containsEntry("WATER", 45L).containsEntry("LIGHTING", 1L).containsEntry("HYGIENE_KIT", 9L);

        var raised = api.post("/api/shelters/" + id + "/demands", null, "township-shipu");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json()).hasSize(6);
        raised.json().forEach(d -> {
            assertThat(d.path("destinationRef").asString()).isEqualTo(id);
            assertThat(d.path("townshipCode").asString()).isEqualTo(SHIPU);
        });
        assertThat(api.post("/api/shelters/" + id + "/demands", null, "township-shipu").json()).isEmpty();
        assertThat(api.post("/api/shelters/" + id + "/close", null, "township-shipu").code()).isEqualTo("SHELTER_OCCUPIED");

        JsonNode stays = api.get("/api/shelters/" + id + "/stays", "township-shipu").json();
        assertThat(stays).hasSize(2);
        assertThat(api.get("/api/shelters/" + id + "/stays", "grid").status()).isEqualTo(403);
        for (JsonNode stay : stays) {
            api.post("/api/shelters/" + id + "/stays/" + stay.path("id").asString() + "/check-out", null, "township-shipu");
        }
        assertThat(api.get("/api/shelters/" + id, "grid").json().path("occupancy").path("present").asInt()).isZero();
        assertThat(api.post("/api/shelters/" + id + "/close", null, "township-shipu").json().path("open").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'SHELTER_CHECK_IN'")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theChecklistNeedsEvidenceAndDecidesStandardisation() {
        String id = registered(SHIPU, 200);
        var noEvidence = api.put("/api/shelters/" + id + "/checklist", ApiClient.json(Map.of("item", "SIGNAGE", "met", true)),
                "township-shipu");
        assertThat(noEvidence.code()).isEqualTo("SHELTER_EVIDENCE_REQUIRED");
        for (StandardItem item : StandardItem.values()) {
            api.put("/api/shelters/" + id + "/checklist", ApiClient.json(Map.of("item", item.name(), "met", true,
                    "evidence", "自查照片 " + item)), "township-shipu");
        }
        assertThat(api.get("/api/shelters/" + id, "grid").json().path("standardised").asBoolean()).isTrue();
        api.put("/api/shelters/" + id + "/checklist", ApiClient.json(Map.of("item", "WATER", "met", false)), "township-shipu");
        assertThat(api.get("/api/shelters/" + id, "grid").json().path("standardised").asBoolean()).isFalse();
    }
}
