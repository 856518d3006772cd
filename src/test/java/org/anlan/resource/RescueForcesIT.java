package org.anlan.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GreatCircle;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AnlanIntegrationTest
class RescueForcesIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceSeed seed;
    @Autowired
    CountyGeography county;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Teams registered by tests are micro fire stations named 测试… or 矩阵…; the plan's kinds are the seed's. */
    private List<JsonNode> seededTeams() {
        List<JsonNode> teams = new ArrayList<>();
        for (JsonNode team : api.get("/api/resources/teams", "grid").json()) {
            String name = team.path("name").asString();
            if (!name.startsWith("测试") && !name.startsWith("矩阵")) {
                teams.add(team);
            }
        }
        return teams;
    }

    @Test
    void theDemoRegisterReproducesThePlansTeamsAndPeoplePerKind() {
        Map<TeamKind, int[]> counts = new EnumMap<>(TeamKind.class);
        for (JsonNode team : seededTeams()) {
            int[] c = counts.computeIfAbsent(TeamKind.valueOf(team.path("kind").asString()), k -> new int[2]);
            c[0]++;
            c[1] += team.path("headcount").asInt();
        }
        assertThat(counts.get(TeamKind.NATIONAL_FIRE_RESCUE)).containsExactly(3, 99);
        assertThat(counts.get(TeamKind.MUNICIPAL_FOREST_FIRE)).containsExactly(1, 25);
        assertThat(counts.get(TeamKind.COUNTY_FOREST_FIRE)).containsExactly(4, 100);
        assertThat(counts.get(TeamKind.DEPARTMENT_PROFESSIONAL)).containsExactly(8, 464);
        assertThat(counts.get(TeamKind.TOWNSHIP_FULLTIME_FIRE)).containsExactly(12, 115);
        assertThat(counts.get(TeamKind.TOWNSHIP_FOREST_FIRE)).containsExactly(18, 450);
        assertThat(counts.get(TeamKind.SOCIAL_RESCUE)).containsExactly(9, 450);
        assertThat(counts.get(TeamKind.ENTERPRISE_FIRE)).containsExactly(1, 15);
        assertThat(counts.get(TeamKind.MICRO_FIRE_STATION)[0]).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/resources/experts", "grid").json().size()).isGreaterThanOrEqualTo(12);
        List<String> kinds = new ArrayList<>();
        api.get("/api/resources/equipment", "grid").json().forEach(e -> kinds.add(e.path("kind").asString()));
        assertThat(kinds).contains("PUMP", "BOAT", "GENERATOR", "DRONE");
    }

    @Test
    void everyTownshipHasOneForestTeamAndEveryBaseLiesNearItsTownshipSeat() {
        Map<String, Township> townships = new HashMap<>();
        county.townships().forEach(t -> townships.put(t.code(), t));
        Map<String, Integer> forestTeams = new HashMap<>();
        for (JsonNode team : seededTeams()) {
            Township township = townships.get(team.path("townshipCode").asString());
            assertThat(township).as(team.path("name").asString()).isNotNull();
            var base = new org.anlan.geo.GeoPoint(team.path("base").path("lat").asDouble(), team.path("base").path("lon").asDouble());
            assertThat(GreatCircle.distanceKm(base, township.seat())).as(team.path("name").asString()).isLessThan(4.0);
            if (team.path("kind").asString().equals("TOWNSHIP_FOREST_FIRE")) {
                forestTeams.merge(township.code(), 1, Integer::sum);
            }
        }
        assertThat(forestTeams).hasSize(18).allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
        assertThat(townshipsOf(api.get("/api/resources/teams?capability=SEA_RESCUE", "grid").json())).contains(SHIPU, HEPU);
    }

    @Test
    void loadingTheSeedAgainAddsNothing() {
        long teams = count("rescue_team");
        long experts = count("expert");
        long equipment = count("equipment");
        seed.run(null);
        assertThat(count("rescue_team")).isEqualTo(teams);
        assertThat(count("expert")).isEqualTo(experts);
        assertThat(count("equipment")).isEqualTo(equipment);
    }

    @Test
    void teamsAreFilteredByTownshipKindCapabilityAndStatus() {
        JsonNode shipuSea = api.get("/api/resources/teams?township=" + SHIPU + "&capability=SEA_RESCUE&status=ON_DUTY", "grid").json();
        assertThat(shipuSea.size()).isGreaterThanOrEqualTo(2);
        shipuSea.forEach(t -> {
            assertThat(t.path("townshipCode").asString()).isEqualTo(SHIPU);
            assertThat(t.path("capabilities").toString()).contains("SEA_RESCUE");
        });
        JsonNode national = api.get("/api/resources/teams?kind=NATIONAL_FIRE_RESCUE", "grid").json();
        assertThat(national.size()).isEqualTo(3);
        assertThat(api.get("/api/resources/teams?capability=TELEPORTATION", "grid").code()).isEqualTo("TEAM_CAPABILITY_UNKNOWN");
        assertThat(api.get("/api/resources/teams?kind=ARMY", "grid").code()).isEqualTo("TEAM_KIND_UNKNOWN");
        assertThat(api.get("/api/resources/teams?status=BUSY", "grid").code()).isEqualTo("TEAM_STATUS_UNKNOWN");
        assertThat(api.get("/api/resources/equipment?kind=SPACESHIP", "grid").code()).isEqualTo("EQUIPMENT_KIND_UNKNOWN");
        var unknown = api.get("/api/resources/teams/00000000-0000-0000-0000-000000000000", "grid");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("TEAM_UNKNOWN");
    }

    @Test
    void invalidNewTeamsAreRefusedWithTheirOwnCodeAndNothingIsSaved() {
        long teams = count("rescue_team");
        long audit = teamAudits();
        Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
        refusals.put("TEAM_NAME_INVALID", team(" ", SHIPU));
        refusals.put("TEAM_KIND_UNKNOWN", with(team("测试队", SHIPU), "kind", "ARMY"));
        refusals.put("TEAM_HEADCOUNT_INVALID", with(team("测试队", SHIPU), "headcount", 0));
        refusals.put("TEAM_VEHICLES_INVALID", with(team("测试队", SHIPU), "vehicles", -1));
        refusals.put("TEAM_CAPABILITY_REQUIRED", with(team("测试队", SHIPU), "capabilities", List.of()));
        refusals.put("TEAM_CAPABILITY_UNKNOWN", with(team("测试队", SHIPU), "capabilities", List.of("FIRE_SUPPRESSION", "TELEPORTATION")));
        refusals.put("TEAM_INSURANCE_INVALID", with(team("测试队", SHIPU), "insured", true));
        refusals.put("RESOURCE_PHONE_INVALID", with(team("测试队", SHIPU), "phone", "call me"));
        refusals.put("RESOURCE_LOCATION_INCOMPLETE", with(team("测试队", SHIPU), "lat", 29.2));
        refusals.put("RESOURCE_TOWNSHIP_UNKNOWN", team("测试队", "330225999"));
        refusals.put("TEAM_DUPLICATE", team("象山蓝天救援队", SHIPU));
        refusals.forEach((code, body) -> {
            var response = api.post("/api/resources/teams", ApiClient.json(body), "duty");
            assertThat(response.code()).as(response.body()).isEqualTo(code);
            assertThat(response.status()).isEqualTo(code.equals("TEAM_DUPLICATE") ? 409 : 400);
            assertThat(response.json().path("message").asString()).as(code).isNotBlank().doesNotStartWith("error.");
        });
        var foreign = api.post("/api/resources/teams", ApiClient.json(team("测试队", HEPU)), "township-shipu");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        var grid = api.post("/api/resources/teams", ApiClient.json(team("测试队", SHIPU)), "grid");
        assertThat(grid.status()).isEqualTo(403);
        assertThat(count("rescue_team")).isEqualTo(teams);
        assertThat(teamAudits()).isEqualTo(audit);
    }

    @Test
    void invalidUpdatesLeaveTheTeamAsItWas() {
        String id = register(team(uniqueName(), SHIPU), "duty").path("id").asString();
        String before = api.get("/api/resources/teams/" + id, "duty").body();
        long audit = teamAudits();
        List<Map<String, Object>> invalid = List.of(
                with(team(uniqueName(), SHIPU), "headcount", 100_000),
                with(team(uniqueName(), SHIPU), "capabilities", List.of("FLYING")),
                with(team(uniqueName(), SHIPU), "lon", 500.0),
                team("象山蓝天救援队", SHIPU),
                team(uniqueName(), "330225999"));
        for (Map<String, Object> body : invalid) {
            var response = api.put("/api/resources/teams/" + id, ApiClient.json(body), "duty");
            assertThat(response.status()).as(response.body()).isIn(400, 409);
        }
        var moved = api.put("/api/resources/teams/" + id, ApiClient.json(team(uniqueName(), HEPU)), "township-shipu");
        assertThat(moved.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(api.get("/api/resources/teams/" + id, "duty").body()).isEqualTo(before);
        assertThat(teamAudits()).isEqualTo(audit);
    }

    @Test
    void theShipuOfficerChangesTheStatusOfShipuTeamsButNotOfHepuTeams() {
        String shipu = first("/api/resources/teams?township=" + SHIPU + "&kind=TOWNSHIP_FULLTIME_FIRE");
        String hepu = first("/api/resources/teams?township=" + HEPU + "&kind=TOWNSHIP_FULLTIME_FIRE");
        long shipuAudits = audits("TEAM_STATUS", shipu);
        var own = api.put("/api/resources/teams/" + shipu + "/status", ApiClient.json(Map.of("status", "OFF_DUTY")), "township-shipu");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("status").asString()).isEqualTo("OFF_DUTY");
        var other = api.put("/api/resources/teams/" + hepu + "/status", ApiClient.json(Map.of("status", "OFF_DUTY")), "township-shipu");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(api.get("/api/resources/teams/" + hepu, "duty").json().path("status").asString()).isEqualTo("ON_DUTY");
        assertThat(api.put("/api/resources/teams/" + shipu + "/status", ApiClient.json(Map.of("status", "RESTING")),
                "township-shipu").code()).isEqualTo("TEAM_STATUS_UNKNOWN");
        assertThat(api.put("/api/resources/teams/" + hepu + "/status", ApiClient.json(Map.of("status", "OFF_DUTY")),
                "dept").status()).isEqualTo(403);
        assertThat(api.put("/api/resources/teams/" + shipu + "/status", ApiClient.json(Map.of("status", "ON_DUTY")),
                "township-shipu").status()).isEqualTo(200);
        assertThat(audits("TEAM_STATUS", shipu)).isEqualTo(shipuAudits + 2);
        assertThat(audits("TEAM_STATUS", hepu)).isZero();
    }

    @Test
    void everyChangeIsAuditedWithWhoDidItAndWhatChanged() {
        JsonNode team = register(with(with(with(team(uniqueName(), SHIPU), "insured", true), "insurer", "测试保险公司"),
                "insuranceExpires", "2027-12-31"), "township-shipu");
        String id = team.path("id").asString();
        assertThat(team.path("status").asString()).isEqualTo("ON_DUTY");
        assertThat(team.path("insuranceExpires").asString()).isEqualTo("2027-12-31");
        assertThat(audits("TEAM_CREATE", id)).isEqualTo(1);

        Map<String, Object> changed = with(team(team.path("name").asString(), SHIPU), "headcount", 12);
        JsonNode updated = api.put("/api/resources/teams/" + id, ApiClient.json(changed), "duty").json();
        assertThat(updated.path("headcount").asInt()).isEqualTo(12);
        assertThat(updated.path("insured").asBoolean()).isFalse();
        Map<String, Object> entry = jdbc.sql("""
                        SELECT actor, township_code, before_state, after_state FROM audit_entry
                         WHERE action = 'TEAM_UPDATE' AND entity_id = :id""").param("id", id).query().singleRow();
        assertThat(entry.get("actor")).isEqualTo("duty");
        assertThat(entry.get("township_code")).isEqualTo(SHIPU);
        assertThat((String) entry.get("before_state")).contains("\"headcount\":8", "测试保险公司").doesNotContain("\"name\"");
        assertThat((String) entry.get("after_state")).contains("\"headcount\":12", "\"insured\":false");

        api.put("/api/resources/teams/" + id, ApiClient.json(changed), "duty");
        assertThat(audits("TEAM_UPDATE", id)).as("an update that changes nothing is not a change").isEqualTo(1);

        api.put("/api/resources/teams/" + id + "/status", ApiClient.json(Map.of("status", "UNAVAILABLE")), "commander");
        assertThat(audits("TEAM_STATUS", id)).isEqualTo(1);

        var expert = api.post("/api/resources/experts", ApiClient.json(Map.of("name", "测试专家" + UNIQUE.incrementAndGet(),
                "specialities", List.of("海上搜救", "渔业安全"), "organisation", "测试单位", "townshipCode", SHIPU)), "township-shipu");
        assertThat(expert.status()).as(expert.body()).isEqualTo(201);
        assertThat(audits("EXPERT_CREATE", expert.json().path("id").asString())).isEqualTo(1);

        var pump = api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试排涝泵", "kind", "PUMP",
                "quantity", 2, "teamId", id)), "township-shipu");
        assertThat(pump.status()).as(pump.body()).isEqualTo(201);
        assertThat(pump.json().path("townshipCode").asString()).isEqualTo(SHIPU);
        assertThat(pump.json().path("location").path("lat").asDouble()).isEqualTo(updated.path("base").path("lat").asDouble());
        assertThat(audits("EQUIPMENT_CREATE", pump.json().path("id").asString())).isEqualTo(1);
        assertThat(api.get("/api/resources/equipment?team=" + id, "grid").json().size()).isEqualTo(1);
    }

    @Test
    void expertsAndEquipmentAreValidatedAndScoped() {
        long experts = count("expert");
        long equipment = count("equipment");
        assertThat(api.post("/api/resources/experts", ApiClient.json(Map.of("name", "测试专家", "specialities", List.of(),
                "organisation", "测试单位")), "duty").code()).isEqualTo("EXPERT_SPECIALITY_INVALID");
        assertThat(api.post("/api/resources/experts", ApiClient.json(Map.of("name", "王建国", "specialities", List.of("危险化学品"),
                "organisation", "宁波市安全生产专家库")), "duty").code()).isEqualTo("EXPERT_DUPLICATE");
        assertThat(api.post("/api/resources/experts", ApiClient.json(Map.of("name", "测试专家", "specialities", List.of("测试"),
                "organisation", "测试单位")), "township-shipu").code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        String hepuTeam = first("/api/resources/teams?township=" + HEPU + "&kind=TOWNSHIP_FULLTIME_FIRE");
        assertThat(api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试艇", "kind", "BOAT", "quantity", 1,
                "teamId", hepuTeam)), "township-shipu").code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试艇", "kind", "BOAT", "quantity", 1,
                "teamId", hepuTeam, "depot", "测试仓库")), "duty").code()).isEqualTo("EQUIPMENT_HOLDER_INVALID");
        assertThat(api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试艇", "kind", "BOAT", "quantity", 1,
                "depot", "测试仓库")), "duty").code()).isEqualTo("EQUIPMENT_TOWNSHIP_REQUIRED");
        assertThat(api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试艇", "kind", "BOAT", "quantity", 0,
                "depot", "测试仓库", "townshipCode", SHIPU)), "duty").code()).isEqualTo("EQUIPMENT_QUANTITY_INVALID");
        assertThat(api.post("/api/resources/equipment", ApiClient.json(Map.of("name", "测试艇", "kind", "BOAT", "quantity", 1,
                "teamId", hepuTeam, "townshipCode", SHIPU)), "duty").code()).isEqualTo("EQUIPMENT_TOWNSHIP_MISMATCH");
        assertThat(count("expert")).isEqualTo(experts);
        assertThat(count("equipment")).isEqualTo(equipment);
    }

    @Test
    void thePageShowsCountsPerKindAndFiltersTheTeamList() {
        var session = PageSession.signedIn(port, "grid");
        String page = session.get("/resources").body();
        assertThat(page).contains("id=\"kind-chart\"", "echarts.min.js", "data-kind=\"NATIONAL_FIRE_RESCUE\" data-teams=\"3\" data-people=\"99\"",
                "象山蓝天救援队", "王建国", "海上搜救艇");
        String filtered = session.get("/resources?kind=TOWNSHIP_FOREST_FIRE&township=" + SHIPU).body();
        assertThat(filtered).contains("石浦镇森林消防队").doesNotContain(">鹤浦镇森林消防队<");
        assertThat(filtered.split("class=\"team\"", -1)).hasSize(2);
        assertThat(session.get("/resources?capability=TELEPORTATION").body()).contains("TELEPORTATION");
    }

    private JsonNode register(Map<String, Object> body, String user) {
        var response = api.post("/api/resources/teams", ApiClient.json(body), user);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> team(String name, String township) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("name", name);
        team.put("kind", "MICRO_FIRE_STATION");
        team.put("townshipCode", township);
        team.put("headcount", 8);
        team.put("vehicles", 1);
        team.put("capabilities", List.of("FIRE_SUPPRESSION"));
        return team;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String uniqueName() {
        return "测试站" + UNIQUE.incrementAndGet();
    }

    private String first(String path) {
        return api.get(path, "duty").json().get(0).path("id").asString();
    }

    private static List<String> townshipsOf(JsonNode teams) {
        List<String> codes = new ArrayList<>();
        teams.forEach(t -> codes.add(t.path("townshipCode").asString()));
        return codes;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long teamAudits() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'RescueTeam'").query(Long.class).single();
    }

    private long audits(String action, String id) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND entity_id = :id")
                .param("action", action).param("id", id).query(Long.class).single();
    }
}
