package org.anlan.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class GeoApiIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsTheEighteenTownshipsWithOfficialCodesNamesKindsAndSeats() {
        var response = api.get("/api/geo/townships", ApiClient.ANONYMOUS);
        assertThat(response.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode t : response.json()) {
            rows.add(t.path("code").asString() + " " + t.path("name").asString() + " " + t.path("kind").asString());
            assertThat(t.path("lat").asDouble()).isBetween(29.0, 29.7);
            assertThat(t.path("lon").asDouble()).isBetween(121.5, 122.3);
        }
        assertThat(rows).containsExactly(
                "330225001 丹东街道 街道", "330225002 丹西街道 街道", "330225003 爵溪街道 街道",
                "330225101 石浦镇 镇", "330225102 西周镇 镇", "330225103 鹤浦镇 镇", "330225104 贤庠镇 镇",
                "330225105 墙头镇 镇", "330225106 泗洲头镇 镇", "330225107 定塘镇 镇", "330225108 涂茨镇 镇",
                "330225109 大徐镇 镇", "330225110 新桥镇 镇", "330225200 东陈乡 乡", "330225201 晓塘乡 乡",
                "330225202 黄避岙乡 乡", "330225203 茅洋乡 乡", "330225204 高塘岛乡 乡");
    }

    @Test
    void locatesAPointOnLandInItsTownship() {
        var danxi = api.get("/api/geo/locate?lat=29.47&lon=121.87", null).json();
        assertThat(danxi.path("code").asString()).isEqualTo("330225002");
        assertThat(danxi.path("name").asString()).isEqualTo("丹西街道");
        assertThat(danxi.path("inside").asBoolean()).isTrue();
        assertThat(danxi.path("distanceKm").asDouble()).isZero();

        var shipu = api.get("/api/geo/locate?lat=29.237&lon=121.944", null).json();
        assertThat(shipu.path("name").asString()).isEqualTo("石浦镇");
    }

    @Test
    void givesAPointAtSeaTheNearestTownshipAndItsDistance() {
        var atSea = api.get("/api/geo/locate?lat=29.30&lon=122.30", null).json();
        assertThat(atSea.path("inside").asBoolean()).isFalse();
        assertThat(atSea.path("distanceKm").asDouble()).isBetween(5.0, 60.0);
        assertThat(atSea.path("code").asString()).startsWith("330225");
    }

    @Test
    void refusesImpossibleOrMissingCoordinatesWithStableCodes() {
        var tooFarNorth = api.get("/api/geo/locate?lat=95&lon=121.87", null);
        assertThat(tooFarNorth.status()).isEqualTo(400);
        assertThat(tooFarNorth.code()).isEqualTo("POINT_INVALID");
        assertThat(tooFarNorth.json().path("message").asString()).contains("纬度");

        var missing = api.get("/api/geo/locate?lat=29.4", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("REQUEST_PARAMETER_MISSING");

        var notANumber = api.get("/api/geo/locate?lat=north&lon=121.87", null);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("REQUEST_PARAMETER_INVALID");
    }

    @Test
    void drawsEveryTownshipAreaAndTheFiveRescueCirclesCoveringAllTownships() {
        var boundaries = api.get("/api/geo/boundaries", null).json();
        assertThat(boundaries.path("features")).hasSize(18);
        for (JsonNode feature : boundaries.path("features")) {
            assertThat(feature.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(feature.path("properties").path("rescueCircle").asString()).isNotEmpty();
        }
        var circles = api.get("/api/geo/rescue-circles", null).json();
        assertThat(circles).hasSize(5);
        List<String> members = new ArrayList<>();
        circles.forEach(c -> c.path("members").forEach(m -> members.add(m.asString())));
        assertThat(members).hasSize(18).doesNotHaveDuplicates();
    }

    @Test
    void anAdministratorMovesATownshipToAnotherRescueCircleAndItIsAudited() {
        var moved = api.put("/api/geo/rescue-circles/CENTRAL/members",
                ApiClient.json(Map.of("members", List.of("330225203"))), "admin");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("members").toString()).contains("330225203");
        var back = api.put("/api/geo/rescue-circles/WEST/members",
                ApiClient.json(Map.of("members", List.of("330225203"))), "admin");
        assertThat(back.status()).isEqualTo(200);
        var audit = api.get("/api/audit/entries?action=RESCUE_CIRCLE_ASSIGN", "auditor").json();
        assertThat(audit.size()).isGreaterThanOrEqualTo(2);
        assertThat(audit.get(0).path("actor").asString()).isEqualTo("admin");

        var unknownTownship = api.put("/api/geo/rescue-circles/WEST/members",
                ApiClient.json(Map.of("members", List.of("330225999"))), "admin");
        assertThat(unknownTownship.status()).isEqualTo(404);
        assertThat(unknownTownship.code()).isEqualTo("TOWNSHIP_UNKNOWN");
    }
}
