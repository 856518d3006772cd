package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.anlan.platform.security.Role;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class TyphoonTracksIT {

    static final Map<Role, String> DEMO_USER = Map.of(
            Role.ADMIN, "admin", Role.COMMANDER, "commander", Role.DUTY_OFFICER, "duty",
            Role.DEPARTMENT_OFFICER, "dept", Role.TOWNSHIP_OFFICER, "township-shipu", Role.GRID_MEMBER, "grid",
            Role.ENTERPRISE_OFFICER, "enterprise", Role.INSPECTOR, "inspector", Role.AUDITOR, "auditor");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TyphoonTracks typhoons;

    ApiClient.Response upload(ApiClient api, String user, String filename, byte[] content, String query) {
        return api.raw(Multipart.fileUpload(api.baseUrl() + "/api/typhoons" + query, "file", filename, content)
                .header("Authorization", "Bearer " + api.token(user)).build());
    }

    static byte[] synthetic(String number) {
        return SyntheticTracks.cma(number).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aDutyOfficerImportsATrackAndEveryoneReadsItsImpact() {
        var api = new ApiClient(port);
        String number = SyntheticTracks.nextNumber();

        var imported = upload(api, "duty", "synthetic.txt", synthetic(number), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode summary = imported.json().get(0);
        assertThat(summary.path("number").asString()).isEqualTo(number);
        assertThat(summary.path("fixCount").asInt()).isEqualTo(8);
        assertThat(summary.path("minPressureHpa").asInt()).isEqualTo(950);
        assertThat(summary.path("sourceFormat").asString()).isEqualTo("CMA");
        assertThat(summary.path("importedBy").asString()).isEqualTo("duty");
        String id = summary.path("id").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'TYPHOON_TRACK_IMPORT' AND entity_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);

        assertThat(api.get("/api/typhoons", "grid").body()).contains(id);
        JsonNode track = api.get("/api/typhoons/" + id, "enterprise").json();
        assertThat(track.path("fixes")).hasSize(8);
        assertThat(track.path("fixes").get(3).path("cycloneGrade").asString()).isEqualTo("STY");
        assertThat(track.path("fixes").get(3).path("windLevel").asInt()).isEqualTo(14);

        JsonNode impact = api.get("/api/typhoons/" + id + "/impact?stepMinutes=30&series=true", "township-shipu").json();
        assertThat(impact.path("fixCount").asInt()).isEqualTo(8);
        assertThat(impact.path("minPressure").asInt()).isEqualTo(950);
        assertThat(impact.path("townships")).hasSize(18);
        JsonNode shipu = impact.path("townships").get(3);
        assertThat(shipu.path("code").asString()).isEqualTo("330225101");
        assertThat(shipu.path("levels")).hasSize(4);
        assertThat(shipu.path("levels").get(0).path("level").asInt()).isEqualTo(6);
        assertThat(shipu.path("levels").get(0).path("enter").asString()).isNotBlank();
        assertThat(shipu.path("distances").get(0).get(0).asString()).isEqualTo("2030-08-01T00:00:00Z");

        var areas = api.get("/api/typhoons/" + id + "/wind-areas?at=2030-08-01T18:00:00Z", "dept");
        assertThat(areas.status()).isEqualTo(200);
        assertThat(areas.body()).contains("\"level\":6").contains("\"level\":12").contains("\"Point\"");
        assertThat(api.get("/api/typhoons/" + id + "/wind-areas?at=yesterday", "dept").code()).isEqualTo("TIME_INVALID");
        assertThat(api.get("/api/typhoons/" + id + "/impact?stepMinutes=0", "dept").code()).isEqualTo("TRACK_STEP_INVALID");
        assertThat(api.get("/api/typhoons/" + UUID.randomUUID(), "dept").status()).isEqualTo(404);
    }

    @Test
    void aTrackIsStoredOnceAndABrokenFileNothingAtAll() {
        var api = new ApiClient(port);
        String number = SyntheticTracks.nextNumber();
        assertThat(upload(api, "commander", "a.txt", synthetic(number), "").status()).isEqualTo(201);

        var again = upload(api, "admin", "a.txt", synthetic(number), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("TRACK_DUPLICATE");

        String other = SyntheticTracks.nextNumber();
        String twoStorms = SyntheticTracks.cma(other) + SyntheticTracks.cma(SyntheticTracks.nextNumber())
                .replace(" 995      15", " 995");
        var broken = upload(api, "duty", "two.txt", twoStorms.getBytes(StandardCharsets.US_ASCII), "");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("TRACK_RECORD_INVALID");
        assertThat(broken.json().path("message").asString()).contains("line 18");
        assertThat(api.get("/api/typhoons", "duty").body()).as("the first storm of the broken file is not kept")
                .doesNotContain("\"number\":\"" + other + "\"");

        var wrongFormat = upload(api, "duty", "a.txt", synthetic(SyntheticTracks.nextNumber()), "?format=jma");
        assertThat(wrongFormat.status()).isEqualTo(400);
        assertThat(upload(api, "duty", "a.txt", synthetic("1"), "?format=gpx").code()).isEqualTo("TRACK_FORMAT_UNKNOWN");
    }

    @Test
    void onlyCountyCommandRolesImportTracks() {
        var api = new ApiClient(port);
        var importers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        for (Role role : Role.values()) {
            var response = upload(api, DEMO_USER.get(role), "r.txt", synthetic(SyntheticTracks.nextNumber()), "");
            assertThat(response.status()).as(role + ": " + response.body()).isEqualTo(importers.contains(role) ? 201 : 403);
        }
        var anonymous = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/typhoons", "file", "r.txt",
                synthetic(SyntheticTracks.nextNumber())).build());
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void jmaRadiiTracksGiveWindAreasThroughTheJavaApi() {
        var api = new ApiClient(port);
        String number = SyntheticTracks.nextNumber();
        var imported = upload(api, "admin", "jma.txt", SyntheticTracks.jma(number).getBytes(StandardCharsets.US_ASCII), "");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var id = new TrackId(UUID.fromString(imported.json().get(0).path("id").asString()));
        Instant at = SyntheticTracks.START.plus(Duration.ofHours(18));

        Geometry seven = typhoons.windArea(id, 7, at);
        Geometry ten = typhoons.windArea(id, 10, at);
        Geometry centre = new GeometryFactory().createPoint(typhoons.positionAt(id, at).orElseThrow().centre().toCoordinate());

        assertThat(seven.contains(centre)).isTrue();
        assertThat(seven.contains(ten)).isTrue();
        assertThat(seven.getArea()).isGreaterThan(ten.getArea());
        assertThat(typhoons.windArea(id, 8, at.minus(Duration.ofDays(3))).isEmpty()).isTrue();
        assertThat(typhoons.impact(id).windModel()).isEqualTo("RADII");
    }

    @Test
    void theTyphoonPagesShowTheTracksAndTheImpactTable() {
        var api = new ApiClient(port);
        String number = SyntheticTracks.nextNumber();
        String id = upload(api, "duty", "page.txt", synthetic(number), "").json().get(0).path("id").asString();
        var session = PageSession.signedIn(port, "grid");

        var list = session.get("/typhoons");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/typhoons/" + id).contains(number).doesNotContain("id=\"track-import\"");
        assertThat(PageSession.signedIn(port, "duty").get("/typhoons").body()).contains("id=\"track-import\"");

        var detail = session.get("/typhoons/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("id=\"impact-table\"").contains("石浦镇").contains("象山县")
                .contains("data-closest-at=\"2030-08-0").contains("/js/typhoon.js");
        assertThat(detail.body().split("class=\"impact\"", -1)).hasSize(20);
        assertThat(session.get("/typhoons/" + id + "/track.json").body()).contains("\"fixes\"");
        assertThat(session.get("/typhoons/" + id + "/impact.json").body()).contains("\"distances\"");
        assertThat(session.get("/typhoons/" + id + "/wind-areas.json?at=2030-08-01T06:00:00Z").body()).contains("\"level\":8");
        var anonymous = new PageSession(port).get("/typhoons/" + id + "/track.json");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void lekimaFromCmaGivesTheAcceptanceFigures() throws Exception {
        byte[] file = Files.readAllBytes(LekimaTracks.require(LekimaTracks.CMA_CSV));
        var api = new ApiClient(port);

        var imported = upload(api, "admin", "cma_bst_lekima_1909.csv", file, "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode summary = imported.json().get(0);
        assertThat(summary.path("fixCount").asInt()).isEqualTo(62);
        assertThat(summary.path("minPressureHpa").asInt()).isEqualTo(915);
        JsonNode impact = api.get("/api/typhoons/" + summary.path("id").asString() + "/impact", "duty").json();
        JsonNode centre = impact.path("countyCentre");
        assertThat(centre.path("closestKm").asDouble()).isCloseTo(120.0, within(2.0));
        assertThat(Duration.between(Instant.parse("2019-08-10T01:00:00Z"), Instant.parse(centre.path("closestAt").asString()))
                .abs()).isLessThanOrEqualTo(Duration.ofMinutes(30));
    }
}
