package org.anlan.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class RescueForcesIT {

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
    void theDemoRegisterReproducesThePlansCountsPerKind() {
        Map<TeamKind, int[]> counts = new EnumMap<>(TeamKind.class);
        for (JsonNode team : api.get("/api/resources/teams", "duty").json()) {
            if (team.path("name").asString().startsWith("矩阵测试队") || team.path("name").asString().startsWith("测试")) {
                continue;
            }
            int[] c = counts.computeIfAbsent(TeamKind.valueOf(team.path("kind").asString()), k -> new int[2]);
            c[0]++;
            c[1] += team.path("headcount").asInt();
        }
        assertThat(counts.get(TeamKind.NATIONAL_FIRE_RESCUE)).containsExactly(3, 99);
        assertThat(counts.get(TeamKind.MUNICIPAL_FOREST_FIRE)).containsExactly(1, 25);
        assertThat(counts.get(TeamKind.COUNTY_FOREST_FIRE)).containsExactly(4, 100);
        assertThat(counts.get(TeamKind.DEPARTMENT_PROFESSIONAL)[1]).isEqualTo(464);
        assertThat(counts.get(TeamKind.TOWNSHIP_FULLTIME_FIRE)).containsExactly(12, 115);
        assertThat(counts.get(TeamKind.TOWNSHIP_FOREST_FIRE)).containsExactly(18, 450);
        assertThat(counts.get(TeamKind.SOCIAL_RESCUE)[1]).isEqualTo(450);
        assertThat(counts.get(TeamKind.SOCIAL_RESCUE)[0]).isEqualTo(9);
        assertThat(counts.get(TeamKind.ENTERPRISE_FIRE)).containsExactly(1, 15);
        assertThat(api.get("/api/resources/experts", "duty").json().size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theShipuOfficerChangesShipuTeamsOnlyAndEveryChangeIsAudited() {
        String shipu = api.get("/api/resources/teams?township=330225101&kind=TOWNSHIP_FULLTIME_FIRE", "duty").json()
                .get(0).path("id").asString();
        String hepu = api.get("/api/resources/teams?township=330225103&kind=TOWNSHIP_FULLTIME_FIRE", "duty").json()
                .get(0).path("id").asString();
        var own = api.put("/api/resources/teams/" + shipu + "/status", ApiClient.json(Map.of("status", "OFF_DUTY")), "township-shipu");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("status").asString()).isEqualTo("OFF_DUTY");
        var other = api.put("/api/resources/teams/" + hepu + "/status", ApiClient.json(Map.of("status", "OFF_DUTY")), "township-shipu");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(api.get("/api/resources/teams/" + hepu, "duty").json().path("status").asString()).isEqualTo("ON_DUTY");
        api.put("/api/resources/teams/" + shipu + "/status", ApiClient.json(Map.of("status", "ON_DUTY")), "township-shipu");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'TEAM_STATUS' AND entity_id = :id")
                .param("id", shipu).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void invalidTeamsAreRefusedAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM rescue_team").query(Long.class).single();
        var unknownCapability = api.post("/api/resources/teams", ApiClient.json(Map.of("name", "测试队A", "kind", "SOCIAL_RESCUE",
                "townshipCode", "330225101", "headcount", 5, "capabilities", List.of("TELEPORTATION"))), "duty");
        assertThat(unknownCapability.code()).isEqualTo("TEAM_CAPABILITY_UNKNOWN");
        var unknownTownship = api.post("/api/resources/teams", ApiClient.json(Map.of("name", "测试队B", "kind", "SOCIAL_RESCUE",
                "townshipCode", "330225999", "headcount", 5, "capabilities", List.of("GENERAL_RESCUE"))), "duty");
        assertThat(unknownTownship.status()).isEqualTo(404);
        var duplicate = api.post("/api/resources/teams", ApiClient.json(Map.of("name", "象山蓝天救援队", "kind", "SOCIAL_RESCUE",
                "townshipCode", "330225001", "headcount", 5, "capabilities", List.of("GENERAL_RESCUE"))), "duty");
        assertThat(duplicate.code()).isEqualTo("TEAM_DUPLICATE");
        var foreign = api.post("/api/resources/teams", ApiClient.json(Map.of("name", "测试队C", "kind", "SOCIAL_RESCUE",
                "townshipCode", "330225103", "headcount", 5, "capabilities", List.of("GENERAL_RESCUE"))), "township-shipu");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM rescue_team").query(Long.class).single()).isEqualTo(before);
    }
}
