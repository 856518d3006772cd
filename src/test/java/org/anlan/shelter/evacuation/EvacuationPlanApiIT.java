package org.anlan.shelter.evacuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class EvacuationPlanApiIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void plansWithoutLoginInTheContractShape() {
        String body = ApiClient.json(Map.of(
                "villages", List.of(Map.of("id", "V1", "people", 10, "lat", 0, "lon", 0),
                        Map.of("id", "V2", "people", 10, "lat", 0, "lon", 4, "island", "岛")),
                "shelters", List.of(Map.of("id", "S1", "capacity", 25, "lat", 0, "lon", 1)),
                "crossings", List.of(Map.of("from", "岛", "to", "mainland", "cost", 2.5))));
        var response = api.post("/api/evacuation/plans", body, ApiClient.ANONYMOUS);
        assertThat(response.status()).isEqualTo(200);
        JsonNode plan = response.json();
        assertThat(plan.path("assignments")).hasSize(2);
        assertThat(plan.path("assignments").get(1).path("village").asString()).isEqualTo("V2");
        assertThat(plan.path("assignments").get(1).path("people").asLong()).isEqualTo(10);
        double degree = 6371.0088 * Math.PI / 180;
        assertThat(plan.path("totalCost").asDouble()).isCloseTo(10 * degree + 10 * (3 * degree + 2.5),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(plan.path("unassigned")).isEmpty();
    }

    @Test
    void refusesBadInputWithAStableCode() {
        String negative = ApiClient.json(Map.of(
                "villages", List.of(Map.of("id", "V1", "people", 10, "lat", 0, "lon", 0)),
                "shelters", List.of(Map.of("id", "S1", "capacity", -1, "lat", 0, "lon", 1))));
        var response = api.post("/api/evacuation/plans", negative, ApiClient.ANONYMOUS);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("EVACUATION_CAPACITY_INVALID");

        String noLocation = ApiClient.json(Map.of(
                "villages", List.of(Map.of("id", "V1", "people", 10)),
                "shelters", List.of(Map.of("id", "S1", "capacity", 1, "lat", 0, "lon", 1))));
        assertThat(api.post("/api/evacuation/plans", noLocation, ApiClient.ANONYMOUS).code())
                .isEqualTo("EVACUATION_LOCATION_MISSING");
        assertThat(api.post("/api/evacuation/plans", "{\"villages\":[", ApiClient.ANONYMOUS).status()).isEqualTo(400);
    }

    @Test
    void onlyThatPathIsOpen() {
        assertThat(api.get("/api/evacuation/plans", ApiClient.ANONYMOUS).status()).isIn(401, 405);
    }
}
