package org.anlan.supply.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class TransportDispatchIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aConfirmedTransportPlanMovesTheLedgerWithinTheOfficersScope() {
        var depot = api.post("/api/supplies/depots", ApiClient.json(Map.of("name", "调运测试库" + UUID.randomUUID(),
                "level", "TOWNSHIP", "ownerLevel", "TOWNSHIP", "townshipCode", SHIPU, "areaM2", 60, "lat", 29.215,
                "lon", 121.955)), "admin");
        assertThat(depot.status()).as(depot.body()).isEqualTo(201);
        String depotId = depot.json().path("id").asString();
        assertThat(api.post("/api/supplies/depots/" + depotId + "/receipts",
                ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 40)), "admin").status()).isEqualTo(201);
        var demand = api.post("/api/supplies/demands", ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 25,
                "destinationKind", "TOWNSHIP", "townshipCode", SHIPU)), "township-shipu");
        assertThat(demand.status()).as(demand.body()).isEqualTo(201);
        String demandId = demand.json().path("id").asString();

        var proposal = api.post("/api/supplies/transport-plans/proposals?township=" + SHIPU, "", "township-shipu");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        assertThat(ledgerFor(demandId)).isZero();

        var confirmed = api.post("/api/supplies/transport-plans/confirmations",
                ApiClient.json(Map.of("demands", List.of(demandId))), "township-shipu");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        JsonNode plan = confirmed.json();
        long planned = 0;
        Set<String> depots = new HashSet<>();
        for (JsonNode shipment : plan.path("shipments")) {
            depots.add(shipment.path("depot").asString());
            if (shipment.path("demand").asString().equals(demandId)) {
                planned += shipment.path("quantity").asLong();
            }
        }
        assertThat(planned).isEqualTo(25);
        List<String> countyOwned = jdbc.sql("SELECT id::text FROM depot WHERE owner_level = 'COUNTY'").query(String.class).list();
        assertThat(depots).doesNotContainAnyElementsOf(countyOwned);
        assertThat(ledgerFor(demandId)).isEqualTo(-25);
        assertThat(jdbc.sql("SELECT delivered FROM supply_demand WHERE id = ?::uuid").param(demandId)
                .query(Long.class).single()).isEqualTo(25);

        assertThat(api.post("/api/supplies/transport-plans/proposals?township=" + HEPU, "", "township-shipu").status())
                .isEqualTo(403);
        assertThat(api.post("/api/supplies/transport-plans/confirmations",
                ApiClient.json(Map.of("demands", List.of(demandId))), "grid").status()).isEqualTo(403);
        var hepuDemand = api.post("/api/supplies/demands", ApiClient.json(Map.of("itemCode", "QUILT", "quantity", 5,
                "destinationKind", "TOWNSHIP", "townshipCode", HEPU)), "admin").json().path("id").asString();
        assertThat(api.post("/api/supplies/transport-plans/confirmations",
                ApiClient.json(Map.of("demands", List.of(hepuDemand))), "township-shipu").status()).isEqualTo(403);
        assertThat(ledgerFor(hepuDemand)).isZero();
    }

    @Test
    void plansAGivenRequestWithTheCountyTravelTimes() {
        var body = ApiClient.json(Map.of(
                "deadlineHours", 10,
                "demands", List.of(Map.of("id", "D1", "item", "WATER", "quantity", 30, "destination", "鹤浦小学",
                        "township", HEPU, "lat", 29.17, "lon", 121.96)),
                "depots", List.of(Map.of("id", "county", "level", "COUNTY", "township", SHIPU, "lat", 29.21,
                        "lon", 121.95, "stock", Map.of("WATER", 20)))));
        var response = api.post("/api/supplies/transport-plans", body, "duty");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode plan = response.json();
        assertThat(plan.path("shipments").get(0).path("quantity").asLong()).isEqualTo(20);
        assertThat(plan.path("shipments").get(0).path("travelMinutes").asDouble()).isPositive();
        assertThat(plan.path("unmet").get(0).path("quantity").asLong()).isEqualTo(10);
        assertThat(plan.path("allOnTime").asBoolean()).isFalse();
        assertThat(api.post("/api/supplies/transport-plans", body, ApiClient.ANONYMOUS).status()).isEqualTo(401);
    }

    private long ledgerFor(String demandId) {
        return jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE demand_id = ?::uuid")
                .param(demandId).query(Long.class).single();
    }
}
