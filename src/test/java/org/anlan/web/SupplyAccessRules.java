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
 * Matrix rows of the supply module. Everybody signed in reads; county roles change everything, the Shipu
 * township officer the depots, demands and requisitions of 石浦镇; the county desk receives donations and extends
 * the catalogue. The rows work on the matrix's own depots, stocked generously so every allowed call succeeds.
 */
final class SupplyAccessRules {

    private SupplyAccessRules() {
    }

    static Map<String, Object> depot(String township) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "矩阵测试库" + UNIQUE.incrementAndGet());
        d.put("level", "TOWNSHIP");
        d.put("townshipCode", township);
        d.put("areaM2", 100);
        return d;
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipuDepot = created(api, "/api/supplies/depots", depot(SHIPU));
        String shipuDepot2 = created(api, "/api/supplies/depots", depot(SHIPU));
        String hepuDepot = created(api, "/api/supplies/depots", depot(HEPU));
        String batch = created(api, "/api/supplies/depots/" + shipuDepot + "/receipts",
                Map.of("itemCode", "QUILT", "quantity", 100_000, "batchNo", "MATRIX"));
        created(api, "/api/supplies/depots/" + hepuDepot + "/receipts", Map.of("itemCode", "QUILT", "quantity", 1000));
        String demand = created(api, "/api/supplies/demands", Map.of("itemCode", "QUILT", "quantity", 100_000,
                "destinationKind", "TOWNSHIP", "townshipCode", SHIPU));
        String shipuRequisition = created(api, "/api/supplies/requisitions", requisition(SHIPU));
        String hepuRequisition = created(api, "/api/supplies/requisitions", requisition(HEPU));
        String donation = created(api, "/api/supplies/donations", donation(1000));
        api.post("/api/supplies/donations/" + donation + "/inspection", ApiClient.json(Map.of("accepted", 1000, "note", "合格")), "admin");
        api.post("/api/supplies/donations/" + donation + "/storage", ApiClient.json(Map.of("depotId", shipuDepot)), "admin");
        String fresh = created(api, "/api/supplies/donations", donation(5));
        Set<Role> managers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/supplies/items", EVERYONE),
                AccessRule.of("GET", "/api/supplies/depots", EVERYONE),
                AccessRule.of("GET", "/api/supplies/depots?township=" + SHIPU, EVERYONE),
                AccessRule.of("GET", "/api/supplies/depots/" + shipuDepot + "/batches", EVERYONE),
                AccessRule.of("GET", "/api/supplies/batches/" + batch + "/movements", EVERYONE),
                AccessRule.of("GET", "/api/supplies/ledger?limit=10", EVERYONE),
                AccessRule.of("GET", "/api/supplies/reports", EVERYONE),
                AccessRule.of("GET", "/api/supplies/minimum-rules", EVERYONE),
                AccessRule.of("GET", "/api/supplies/demands?status=OPEN", EVERYONE),
                AccessRule.of("GET", "/api/supplies/requisitions", EVERYONE),
                AccessRule.of("GET", "/api/supplies/donations", EVERYONE),
                AccessRule.of("GET", "/api/supplies/donations/" + donation + "/trace", EVERYONE),
                AccessRule.open("GET", "/public/donations.json"),
                AccessRule.of("POST", "/api/supplies/items", county)
                        .withBody(() -> ApiClient.json(Map.of("code", "MATRIX_" + UNIQUE.incrementAndGet(),
                                "name", "矩阵物资" + UNIQUE.incrementAndGet(), "nameEn", "matrix item", "unit", "件",
                                "category", "RESCUE"))),
                AccessRule.of("POST", "/api/supplies/depots", managers).withBody(() -> ApiClient.json(depot(SHIPU))),
                AccessRule.of("POST", "/api/supplies/depots", county).withBody(() -> ApiClient.json(depot(HEPU))),
                AccessRule.of("POST", "/api/supplies/depots/" + shipuDepot + "/receipts", managers)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "WATER", "quantity", 10))),
                AccessRule.of("POST", "/api/supplies/depots/" + hepuDepot + "/receipts", county)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "WATER", "quantity", 10))),
                AccessRule.of("POST", "/api/supplies/depots/" + shipuDepot + "/issues", managers)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 1, "recipient", "矩阵测试"))),
                AccessRule.of("POST", "/api/supplies/depots/" + hepuDepot + "/issues", county)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 1, "recipient", "矩阵测试"))),
                AccessRule.of("POST", "/api/supplies/depots/" + shipuDepot + "/transfers", managers)
                        .withBody(() -> ApiClient.json(Map.of("toDepotId", shipuDepot2, "itemCode", "QUILT", "quantity", 1))),
                AccessRule.of("POST", "/api/supplies/batches/" + batch + "/write-offs", managers)
                        .withBody(() -> ApiClient.json(Map.of("quantity", 1, "reason", "矩阵测试报损"))),
                AccessRule.of("POST", "/api/supplies/demands", managers)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "WATER", "quantity", 5, "destinationKind",
                                "TOWNSHIP", "townshipCode", SHIPU))),
                AccessRule.of("POST", "/api/supplies/demands", county)
                        .withBody(() -> ApiClient.json(Map.of("itemCode", "WATER", "quantity", 5, "destinationKind",
                                "TOWNSHIP", "townshipCode", HEPU))),
                AccessRule.of("POST", "/api/supplies/demands/" + demand + "/dispatches", managers)
                        .withBody(() -> ApiClient.json(Map.of("depotId", shipuDepot, "quantity", 1))),
                AccessRule.of("POST", "/api/supplies/requisitions", managers).withBody(() -> ApiClient.json(requisition(SHIPU))),
                AccessRule.of("POST", "/api/supplies/requisitions", county).withBody(() -> ApiClient.json(requisition(HEPU))),
                AccessRule.of("POST", "/api/supplies/requisitions/" + shipuRequisition + "/compensations", managers)
                        .withBody(() -> ApiClient.json(Map.of("amountYuan", "100.50", "basis", "按日租金"))),
                AccessRule.of("POST", "/api/supplies/requisitions/" + hepuRequisition + "/compensations", county)
                        .withBody(() -> ApiClient.json(Map.of("amountYuan", "100.50", "basis", "按日租金"))),
                AccessRule.of("POST", "/api/supplies/donations", county).withBody(() -> ApiClient.json(donation(3))),
                AccessRule.of("POST", "/api/supplies/donations/" + fresh + "/inspection", county).accessOnly()
                        .withBody(() -> ApiClient.json(Map.of("accepted", 5, "note", "合格"))),
                AccessRule.of("POST", "/api/supplies/donations/" + donation + "/allocations", managers)
                        .withBody(() -> ApiClient.json(Map.of("quantity", 1, "recipient", "石浦镇避灾安置中心"))));
    }

    private static Map<String, Object> requisition(String township) {
        return Map.of("kind", "VEHICLE", "description", "矩阵测试货车" + UNIQUE.incrementAndGet(), "ownerName", "矩阵运输公司",
                "townshipCode", township, "purpose", "转运物资");
    }

    private static Map<String, Object> donation(int quantity) {
        return Map.of("donor", "矩阵爱心企业", "donorPublic", true, "itemCode", "QUILT", "quantity", quantity);
    }

    static String created(ApiClient api, String path, Map<String, Object> body) {
        var response = api.post(path, ApiClient.json(body), "admin");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot set up the matrix row " + path + ": " + response);
        }
        return response.json().path("id").asString();
    }
}
