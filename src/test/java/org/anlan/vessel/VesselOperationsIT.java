package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.incident.IncidentSignalled;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** The vessel module through its API: contract CPA, registry and scope, Beidou and AIS intake, fences, recall. */
@AnlanIntegrationTest
@RecordApplicationEvents
class VesselOperationsIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger(100);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PositionIntake intake;
    @Autowired
    LostContactWatch lostContact;
    @Autowired
    AisReplay replay;
    @Autowired
    RecallDesk recallDesk;
    @Autowired
    ApplicationEvents events;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Map<String, Object> motion(double lat, double lon, double sog, double cog) {
        return Map.of("lat", lat, "lon", lon, "sog", sog, "cog", cog);
    }

    @Test
    void theCpaContractAnswersTheDomainVectorsWithoutLogin() {
        // head-on at 6 nm, 10 kn each (domain-rules §5.3): CPA 0, TCPA 18 min
        var headOn = api.post("/api/vessels/cpa", ApiClient.json(Map.of(
                "a", motion(29.0, 122.0, 10, 0), "b", motion(29.1, 122.0, 10, 180))), ApiClient.ANONYMOUS);
        assertThat(headOn.status()).isEqualTo(200);
        assertThat(headOn.json().path("cpaNm").asDouble()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(headOn.json().path("tcpaMin").asDouble()).isCloseTo(18.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(headOn.json().path("level").asString()).isEqualTo("ATTENTION");

        // opening: target 3 nm ahead at 15 kn, own 10 kn → TCPA −36 min, no alarm
        var diverging = api.post("/api/vessels/cpa", ApiClient.json(Map.of(
                "a", motion(29.0, 122.0, 10, 0), "b", motion(29.05, 122.0, 15, 0))), ApiClient.ANONYMOUS);
        assertThat(diverging.json().path("tcpaMin").asDouble()).isCloseTo(-36.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(diverging.json().path("level").asString()).isEqualTo("NONE");

        var parallel = api.post("/api/vessels/cpa", ApiClient.json(Map.of(
                "a", motion(29.0, 122.0, 10, 0), "b", motion(29.0, 122.05, 10, 0))), ApiClient.ANONYMOUS);
        assertThat(parallel.json().path("tcpaMin").isNull()).isTrue();

        var notAvailable = api.post("/api/vessels/cpa", ApiClient.json(Map.of(
                "a", motion(91, 122.0, 10, 0), "b", motion(29.0, 122.0, 10, 0))), ApiClient.ANONYMOUS);
        assertThat(notAvailable.status()).isEqualTo(400);
        assertThat(notAvailable.code()).isEqualTo("CPA_VALUE_INVALID");
        assertThat(api.post("/api/vessels/cpa", ApiClient.json(Map.of("a", motion(29, 122, 10, 360),
                "b", motion(29.0, 122.0, 10, 0))), ApiClient.ANONYMOUS).code()).isEqualTo("CPA_VALUE_INVALID");
        assertThat(api.post("/api/vessels/cpa", "{\"a\":{\"lat\":29}}", ApiClient.ANONYMOUS).code())
                .isEqualTo("CPA_VESSEL_MISSING");
        assertThat(api.post("/api/vessels/cpa", "{not json", ApiClient.ANONYMOUS).status()).isEqualTo(400);
    }

    static Map<String, Object> vessel(String name, String township, String port, Integer mmsi, String beidou) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("registrationNo", "TEST-" + name);
        v.put("mmsi", mmsi);
        v.put("beidouTerminal", beidou);
        v.put("kind", "FISHING");
        v.put("homePort", port);
        v.put("townshipCode", township);
        v.put("lengthM", 30);
        v.put("powerKw", 200);
        v.put("serviceSpeedKn", 10);
        v.put("crewCapacity", 12);
        v.put("ownerName", "测试船东");
        List<String> terminals = new ArrayList<>();
        if (mmsi != null) {
            terminals.add("AIS");
        }
        if (beidou != null) {
            terminals.add("BEIDOU");
        }
        v.put("terminals", terminals);
        return v;
    }

    private String register(Map<String, Object> vessel) {
        var response = api.post("/api/vessels", ApiClient.json(vessel), "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    @Test
    void theRegistryChecksParticularsFlagsBoatsAndKeepsTownshipScope() {
        int n = UNIQUE.incrementAndGet();
        String hepuBoat = register(vessel("测试鹤浦" + n, HEPU, "HEPU", 412_900_000 + n, null));
        var duplicate = api.post("/api/vessels", ApiClient.json(vessel("测试鹤浦" + n, HEPU, "HEPU", 412_900_000 + n, null)),
                "admin");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("VESSEL_DUPLICATE");
        var noMmsi = vessel("测试无号" + n, HEPU, "HEPU", null, null);
        noMmsi.put("terminals", List.of("AIS"));
        assertThat(api.post("/api/vessels", ApiClient.json(noMmsi), "admin").code()).isEqualTo("VESSEL_MMSI_MISSING");
        var badKind = vessel("测试类型" + n, HEPU, "HEPU", null, "BDT" + n);
        badKind.put("kind", "SUBMARINE");
        assertThat(api.post("/api/vessels", ApiClient.json(badKind), "admin").code()).isEqualTo("VESSEL_KIND_UNKNOWN");

        var view = api.get("/api/vessels/" + hepuBoat, "duty").json();
        assertThat(view.path("flags").toString()).contains("LARGE_CREW");
        assertThat(api.get("/api/vessels/" + hepuBoat, "township-shipu").status()).isEqualTo(403);
        assertThat(api.post("/api/vessels", ApiClient.json(vessel("测试越权" + n, HEPU, "HEPU", null, "BDX" + n)),
                "township-shipu").status()).isEqualTo(403);
        for (JsonNode v : api.get("/api/vessels?limit=5000", "township-shipu").json()) {
            assertThat(v.path("vessel").path("townshipCode").asString()).isEqualTo(SHIPU);
        }

        var crew = api.post("/api/vessels/" + hepuBoat + "/crew", ApiClient.json(Map.of("name", "测试船长", "position", "船长",
                "certificateNo", "ZJT" + n, "certificateExpires", "2030-01-01")), "duty");
        assertThat(crew.status()).isEqualTo(201);
        assertThat(api.post("/api/vessels/" + hepuBoat + "/crew", ApiClient.json(Map.of("name", "测试", "position", "水手",
                "certificateNo", "ZJU" + n)), "duty").code()).isEqualTo("VESSEL_CERTIFICATE_INCOMPLETE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id").param("id", hepuBoat)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDemoFleetIsSyntheticAndMostlyBasedAtShipu() {
        long total = jdbc.sql("SELECT count(*) FROM vessel WHERE synthetic").query(Long.class).single();
        long shipu = jdbc.sql("SELECT count(*) FROM vessel WHERE synthetic AND home_port = 'SHIPU'").query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(2700);
        assertThat(shipu * 2).isGreaterThan(total);
        assertThat(api.get("/api/vessels/positions", "commander").json().size()).isGreaterThanOrEqualTo(2700);
    }

    @Test
    void beidouReportsMoveTheLivePictureAndASilentBoatAtSeaIsLostWithAnIncidentDuringARecall() {
        int n = UNIQUE.incrementAndGet();
        String terminal = "BDTEST" + n;
        String id = register(vessel("测试北斗" + n, SHIPU, "SHIPU", null, terminal));
        Instant now = clock.instant();
        // 石浦渔港 polygon → in port; then at sea east of 石浦, between the demo fishing grounds
        var inPort = api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", List.of(
                Map.of("terminal", terminal, "time", now.minusSeconds(60).toString(), "lat", 29.205, "lon", 121.955)))),
                "duty");
        assertThat(inPort.json().path("registered").asInt()).isEqualTo(1);
        assertThat(state(id)).isEqualTo("IN_PORT");
        api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", List.of(Map.of("terminal", terminal,
                "time", now.toString(), "lat", 29.18, "lon", 122.10, "speedKn", 8.0, "courseDeg", 90.0)))), "duty");
        assertThat(state(id)).isEqualTo("AT_SEA");
        assertThat(api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", List.of(Map.of("terminal", terminal,
                "time", now.toString(), "lat", 95, "lon", 122.10)))), "duty").code()).isEqualTo("BEIDOU_REPORT_INVALID");

        var recall = api.post("/api/vessels/recalls", ApiClient.json(Map.of("title", "测试回港令" + n,
                "area", Map.of("lat", 29.18, "lon", 122.10, "radiusKm", 0.5),
                "deadline", now.plus(Duration.ofHours(6)).toString())), "commander");
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        assertThat(recall.json().path("vessels").size()).isEqualTo(1);

        events.clear();
        clock.advance(Duration.ofMinutes(45));
        lostContact.check();
        assertThat(state(id)).isEqualTo("LOST");
        var lost = jdbc.sql("SELECT serious FROM vessel_alarm WHERE vessel_id = :id AND kind = 'LOST_CONTACT'")
                .param("id", java.util.UUID.fromString(id)).query(Boolean.class).list();
        assertThat(lost).containsExactly(true);
        assertThat(events.stream(IncidentSignalled.class)
                .filter(e -> e.report().sourceRef().startsWith("vessel-alarm:lost-contact:" + id))).hasSize(1);
        lostContact.check();
        assertThat(events.stream(IncidentSignalled.class)
                .filter(e -> e.report().sourceRef().startsWith("vessel-alarm:lost-contact:" + id))).hasSize(1);
        api.put("/api/vessels/recalls/" + recall.json().path("id").asString() + "/lifted", null, "commander");
    }

    private String state(String vesselId) {
        for (JsonNode row : api.get("/api/vessels/positions", "admin").json()) {
            if (row.get(0).asString().equals(vesselId)) {
                return row.get(5).asString();
            }
        }
        return null;
    }

    @Test
    void aReplayedAisStreamCrossingIntoADangerousWaterRaisesOneAlarmNotAFlappingSeries() throws Exception {
        int n = UNIQUE.incrementAndGet();
        int mmsi = 412_800_000 + n;
        String id = register(vessel("测试AIS" + n, SHIPU, "SHIPU", mmsi, null));
        double fenceLat = 29.16;
        double fenceLon = 122.30 + n * 0.001;
        var fence = api.post("/api/vessels/fences", ApiClient.json(Map.of("name", "测试危险水域" + n, "kind", "DANGEROUS",
                "area", Map.of("polygon", List.of(List.of(fenceLon, fenceLat), List.of(fenceLon + 0.02, fenceLat),
                        List.of(fenceLon + 0.02, fenceLat + 0.02), List.of(fenceLon, fenceLat + 0.02), List.of(fenceLon, fenceLat))),
                "noEntry", true)), "duty");
        assertThat(fence.status()).as(fence.body()).isEqualTo(201);

        // eastbound along lat+0.01, crossing the west edge, then wobbling on the line, then well inside; tag-block
        // times 10 s apart, replayed as fast as possible
        long t = clock.instant().getEpochSecond();
        double[] lons = {-0.010, -0.006, -0.002, -0.0001, 0.0001, -0.0001, 0.0001, 0.002, 0.004, 0.006, 0.008};
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < lons.length; i++) {
            file.append(AisSentences.tagged(t + 10L * i,
                    AisSentences.positionReport(mmsi, fenceLat + 0.01, fenceLon + lons[i], 9.0, 90.0))).append("\r\n");
        }
        var progress = new java.io.ByteArrayOutputStream();
        var result = replay.replay(new java.io.ByteArrayInputStream(file.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                0, new java.io.PrintStream(progress, true, java.nio.charset.StandardCharsets.UTF_8), 5);
        assertThat(result.lines()).isEqualTo(lons.length);
        // the wobble repeats two reports bit for bit within the de-duplication window: those two are dropped
        assertThat(result.fixes()).isEqualTo(lons.length - 2);
        assertThat(progress.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("lines 5,", "lines 10,", "lines 11,");

        var alarms = jdbc.sql("SELECT kind FROM vessel_alarm WHERE vessel_id = :id ORDER BY raised_at")
                .param("id", java.util.UUID.fromString(id)).query(String.class).list();
        assertThat(alarms).containsExactly("FENCE_VIOLATION");
        // the alarm may be raised by the scheduled flush on another thread, where ApplicationEvents does not record:
        // the duty desk's incident is the thread-independent outcome
        String sourceRef = "vessel-alarm:fence:" + fence.json().path("id").asString() + "%";
        org.awaitility.Awaitility.await("the alarm's incident").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM incident WHERE source_ref LIKE :ref").param("ref", sourceRef)
                        .query(Long.class).single() > 0);
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE source_ref LIKE :ref").param("ref", sourceRef)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("/api/vessels/alarms", "duty").body()).contains(id);
    }

    @Test
    void aRecallListsTheBoatsInsideTheAreaAndAssignsEachAShelterWithRoom() {
        int n = UNIQUE.incrementAndGet();
        Instant now = clock.instant();
        double lat = 29.14 + (n % 10) * 0.001;
        List<String> inside = new ArrayList<>();
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String terminal = "BDR" + n + "-" + i;
            inside.add(register(vessel("测试回港" + n + "-" + i, i % 2 == 0 ? SHIPU : HEPU, i % 2 == 0 ? "SHIPU" : "HEPU",
                    null, terminal)));
            reports.add(Map.of("terminal", terminal, "time", now.toString(), "lat", lat, "lon", 122.12 + i * 0.002,
                    "speedKn", 6.0, "courseDeg", 270.0));
        }
        String outsideTerminal = "BDR" + n + "-out";
        String outside = register(vessel("测试回港外" + n, SHIPU, "SHIPU", null, outsideTerminal));
        reports.add(Map.of("terminal", outsideTerminal, "time", now.toString(), "lat", lat + 0.2, "lon", 122.12));
        api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", reports)), "duty");

        var denied = api.post("/api/vessels/recalls", ApiClient.json(Map.of("title", "越权", "area",
                Map.of("lat", lat, "lon", 122.125, "radiusKm", 2.0), "deadline", now.plusSeconds(3600).toString())), "duty");
        assertThat(denied.status()).isEqualTo(403);
        var past = api.post("/api/vessels/recalls", ApiClient.json(Map.of("title", "过期", "area",
                Map.of("lat", lat, "lon", 122.125, "radiusKm", 2.0), "deadline", now.minusSeconds(60).toString())), "commander");
        assertThat(past.code()).isEqualTo("RECALL_DEADLINE_INVALID");

        var recall = api.post("/api/vessels/recalls", ApiClient.json(Map.of("title", "测试台风回港" + n,
                "area", Map.of("lat", lat, "lon", 122.125, "radiusKm", 2.0),
                "deadline", now.plus(Duration.ofHours(3)).toString())), "commander");
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        String recallId = recall.json().path("id").asString();
        Map<String, String> assigned = new HashMap<>();
        for (JsonNode v : recall.json().path("vessels")) {
            assigned.put(v.path("vesselId").asString(), v.path("harbourCode").isNull() ? null : v.path("harbourCode").asString());
        }
        assertThat(assigned.keySet()).containsExactlyInAnyOrderElementsOf(inside).doesNotContain(outside);
        assertThat(assigned.values()).doesNotContainNull();
        Map<String, Integer> capacity = new HashMap<>();
        for (JsonNode h : api.get("/api/vessels/harbours", "duty").json()) {
            capacity.put(h.path("code").asString(), h.path("capacity").asInt());
        }
        Map<String, Long> lying = jdbc.sql("""
                        SELECT harbour_code, count(*) FROM vessel_position WHERE harbour_code IS NOT NULL GROUP BY 1""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> promised = jdbc.sql("""
                        SELECT rv.harbour_code, count(*) FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                         WHERE r.lifted_at IS NULL AND rv.status <> 'RETURNED' AND rv.harbour_code IS NOT NULL GROUP BY 1""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        promised.forEach((code, count) -> assertThat(count + lying.getOrDefault(code, 0L))
                .as("boats lying in and promised to %s", code).isLessThanOrEqualTo(capacity.get(code)));

        // a township officer acknowledges a boat of their own township only
        String shipuBoat = inside.get(0);
        String hepuBoat = inside.get(1);
        assertThat(api.put("/api/vessels/recalls/" + recallId + "/vessels/" + shipuBoat + "/acknowledged", null,
                "township-shipu").status()).isEqualTo(200);
        assertThat(api.put("/api/vessels/recalls/" + recallId + "/vessels/" + hepuBoat + "/acknowledged", null,
                "township-shipu").status()).isEqualTo(403);
        // the Shipu boat arrives at its shelter: returned
        String shelter = assigned.get(shipuBoat);
        JsonNode harbour = null;
        for (JsonNode h : api.get("/api/vessels/harbours", "duty").json()) {
            if (h.path("code").asString().equals(shelter)) {
                harbour = h;
            }
        }
        api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", List.of(Map.of("terminal", "BDR" + n + "-0",
                "time", now.plusSeconds(3000).toString(), "lat", harbour.path("lat").asDouble(),
                "lon", harbour.path("lon").asDouble())))), "duty");
        var progress = api.get("/api/vessels/recalls/" + recallId, "commander").json().path("progress").path("total");
        assertThat(progress.path("returned").asInt()).isEqualTo(1);
        assertThat(progress.path("atSea").asInt()).isEqualTo(5);
        var shipuView = api.get("/api/vessels/recalls/" + recallId, "township-shipu").json();
        assertThat(shipuView.path("vessels").size()).isEqualTo(3);

        // boats that do not move are escalated, level 2 is an incident
        events.clear();
        clock.advance(Duration.ofMinutes(31));
        recallDesk.escalate();
        clock.advance(Duration.ofMinutes(30));
        recallDesk.escalate();
        long escalatedIncidents = events.stream(IncidentSignalled.class)
                .filter(e -> e.report().sourceRef().startsWith("vessel-alarm:recall:" + recallId)).count();
        assertThat(escalatedIncidents).isEqualTo(5);
        assertThat(api.get("/api/vessels/recalls/" + recallId, "commander").json().path("progress").path("total")
                .path("escalated").asInt()).isEqualTo(5);
        api.put("/api/vessels/recalls/" + recallId + "/lifted", null, "commander");
    }
}
