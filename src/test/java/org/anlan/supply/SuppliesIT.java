package org.anlan.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Depots, reports, requisitions and donations through the API and the pages. */
@AnlanIntegrationTest
class SuppliesIT {

    static final String SHIPU = "330225101";
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

    private String created(String path, Object body, String user) {
        var response = api.post(path, ApiClient.json(body), user);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private String depot(String township) {
        return created("/api/supplies/depots", Map.of("name", "测试库" + UNIQUE.incrementAndGet(), "level", "TOWNSHIP",
                "townshipCode", township, "areaM2", 80), "admin");
    }

    @Test
    void theDemoDepotsStandAtThreeLevelsWithStockAlertsShortfallsAndReserveAreas() {
        List<JsonNode> demo = new ArrayList<>();
        api.get("/api/supplies/depots", "grid").json().forEach(d -> {
            if (d.path("depot").path("synthetic").asBoolean()) {
                demo.add(d);
            }
        });
        Map<String, Integer> perLevel = new HashMap<>();
        demo.forEach(d -> perLevel.merge(d.path("depot").path("level").asString(), 1, Integer::sum));
        assertThat(perLevel.get("COUNTY")).isEqualTo(2);
        assertThat(perLevel.get("TOWNSHIP")).isEqualTo(18);
        assertThat(perLevel.get("VILLAGE")).isGreaterThanOrEqualTo(15);
        JsonNode county = demo.stream().filter(d -> d.path("depot").path("name").asString().equals("象山县应急物资储备库"))
                .findFirst().orElseThrow();
        // 1.2 × the county minimum of 2,000 quilts was received into the demo batch (later tests may issue from it)
        String countyId = county.path("depot").path("id").asString();
        JsonNode quilts = null;
        for (JsonNode b : api.get("/api/supplies/depots/" + countyId + "/batches", "grid").json()) {
            if (b.path("batchNo").asString().equals("DEMO-QUILT")) {
                quilts = b;
            }
        }
        JsonNode first = api.get("/api/supplies/batches/" + quilts.path("id").asString() + "/movements", "grid").json().get(0);
        assertThat(first.path("kind").asString()).isEqualTo("IN");
        assertThat(first.path("quantity").asLong()).isEqualTo(2400);
        JsonNode reports = api.get("/api/supplies/reports", "grid").json();
        assertThat(reports.path("expiry").findValuesAsString("state")).contains("EXPIRED", "ROTATE");
        assertThat(reports.path("shortfalls").size()).isPositive();
        Map<String, Boolean> met = new HashMap<>();
        reports.path("reserveTargets").forEach(t -> met.put(t.path("scope").asString(), t.path("met").asBoolean()));
        assertThat(met).containsEntry("象山县", true).containsEntry("高塘岛乡", false).containsEntry("石浦镇", true);
    }

    @Test
    void badInputIsRefusedWithAClearErrorAndNothingIsSaved() {
        long depots = jdbc.sql("SELECT count(*) FROM depot").query(Long.class).single();
        var negativeArea = api.post("/api/supplies/depots", ApiClient.json(Map.of("name", "测试负面积库", "level", "VILLAGE",
                "townshipCode", SHIPU, "areaM2", -1)), "admin");
        assertThat(negativeArea.status()).isEqualTo(400);
        assertThat(negativeArea.code()).isEqualTo("SUPPLY_AREA_INVALID");
        assertThat(negativeArea.json().path("message").asString()).isNotBlank();
        assertThat(api.post("/api/supplies/depots", ApiClient.json(Map.of("name", "测试级别", "level", "PROVINCE",
                "townshipCode", SHIPU, "areaM2", 10)), "admin").code()).isEqualTo("SUPPLY_LEVEL_UNKNOWN");
        assertThat(jdbc.sql("SELECT count(*) FROM depot").query(Long.class).single()).isEqualTo(depots);

        String depot = depot(SHIPU);
        long movements = jdbc.sql("SELECT count(*) FROM stock_movement").query(Long.class).single();
        assertThat(api.post("/api/supplies/depots/" + depot + "/receipts",
                ApiClient.json(Map.of("itemCode", "QUILT", "quantity", -5)), "admin").code()).isEqualTo("SUPPLY_QUANTITY_INVALID");
        assertThat(api.post("/api/supplies/depots/" + depot + "/receipts",
                ApiClient.json(Map.of("itemCode", "UNICORN", "quantity", 5)), "admin").code()).isEqualTo("SUPPLY_ITEM_UNKNOWN");
        assertThat(api.post("/api/supplies/depots/" + depot + "/issues",
                ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 1, "recipient", "某村")), "admin").code())
                .isEqualTo("STOCK_INSUFFICIENT");
        assertThat(api.post("/api/supplies/demands", ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 0,
                "destinationKind", "TOWNSHIP", "townshipCode", SHIPU)), "admin").code()).isEqualTo("SUPPLY_QUANTITY_INVALID");
        assertThat(jdbc.sql("SELECT count(*) FROM stock_movement").query(Long.class).single()).isEqualTo(movements);
        assertThat(api.post("/api/supplies/depots", ApiClient.json(Map.of("name", "测试县级库" + UNIQUE.incrementAndGet(),
                "level", "COUNTY", "townshipCode", SHIPU, "areaM2", 10)), "township-shipu").status()).isEqualTo(403);
    }

    @Test
    void aDonationIsTracedFromDonorThroughInspectionAndStorageToItsRecipientsAndSummarisedInPublic() {
        String depot = depot(SHIPU);
        String donor = "测试爱心企业" + UNIQUE.incrementAndGet();
        String id = created("/api/supplies/donations", Map.of("donor", donor, "donorPublic", true, "itemCode", "QUILT",
                "quantity", 120), "duty");
        assertThat(api.post("/api/supplies/donations/" + id + "/storage", ApiClient.json(Map.of("depotId", depot)), "duty")
                .code()).isEqualTo("DONATION_STATE");
        var inspected = api.post("/api/supplies/donations/" + id + "/inspection",
                ApiClient.json(Map.of("accepted", 100, "note", "20 床受潮")), "duty");
        assertThat(inspected.json().path("status").asString()).isEqualTo("ACCEPTED");
        var stored = api.post("/api/supplies/donations/" + id + "/storage", ApiClient.json(Map.of("depotId", depot)), "duty");
        assertThat(stored.json().path("batch").path("balance").asLong()).isEqualTo(100);
        assertThat(stored.json().path("batch").path("source").asString()).isEqualTo("DONATION");
        api.post("/api/supplies/donations/" + id + "/allocations",
                ApiClient.json(Map.of("quantity", 60, "recipient", "石浦镇避灾安置中心")), "township-shipu");
        var over = api.post("/api/supplies/donations/" + id + "/allocations",
                ApiClient.json(Map.of("quantity", 41, "recipient", "番西村")), "township-shipu");
        assertThat(over.code()).isEqualTo("STOCK_INSUFFICIENT");
        JsonNode trace = api.get("/api/supplies/donations/" + id + "/trace", "grid").json();
        assertThat(trace.path("donation").path("donor").asString()).isEqualTo(donor);
        assertThat(trace.path("allocated").asLong()).isEqualTo(60);
        assertThat(trace.path("movements").findValuesAsString("recipient")).contains("石浦镇避灾安置中心");
        assertThat(trace.path("batch").path("balance").asLong()).isEqualTo(40);

        var open = new PageSession(port);
        String summary = open.get("/public/donations").body();
        assertThat(summary).contains(donor).contains("石浦镇避灾安置中心");
        JsonNode json = api.get("/public/donations.json", ApiClient.ANONYMOUS).json();
        assertThat(json.path("donors").findValuesAsString("donor")).contains(donor);
    }

    @Test
    void aRequisitionIsRegisteredReturnedAndCompensatedWithinTheTownship() {
        String id = created("/api/supplies/requisitions", Map.of("kind", "VEHICLE", "description", "浙B 货车一辆",
                "ownerName", "石浦运输队", "townshipCode", SHIPU, "purpose", "转运群众"), "township-shipu");
        var bad = api.post("/api/supplies/requisitions/" + id + "/compensations",
                ApiClient.json(Map.of("amountYuan", "-3", "basis", "租金")), "township-shipu");
        assertThat(bad.code()).isEqualTo("COMPENSATION_AMOUNT_INVALID");
        api.post("/api/supplies/requisitions/" + id + "/return", ApiClient.json(Map.of("condition", "完好")), "township-shipu");
        var paid = api.post("/api/supplies/requisitions/" + id + "/compensations",
                ApiClient.json(Map.of("amountYuan", "800.00", "basis", "两天租金")), "township-shipu");
        assertThat(paid.json().path("compensations")).hasSize(1);
        assertThat(paid.json().path("returnCondition").asString()).isEqualTo("完好");
        assertThat(api.post("/api/supplies/requisitions", ApiClient.json(Map.of("kind", "PLACE", "description", "仓库",
                "ownerName", "某公司", "townshipCode", "330225103", "purpose", "存放")), "township-shipu").status())
                .isEqualTo(403);
        var page = PageSession.signedIn(port, "township-shipu").get("/supplies?township=" + SHIPU);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("浙B 货车一辆").contains("出入库台账").contains("石浦镇应急物资储备仓库");
    }
}
