package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.anlan.support.Multipart;
import org.anlan.typhoon.TrackId;
import org.anlan.typhoon.TyphoonTracks;
import org.anlan.warning.WarningIssued;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Typhoon recall from a stored track, through the API: a synthetic storm approaching Xiangshan (and Lekima, 1909,
 * shifted in time so that it is a day and a half from landfall now, when {@code ../shared/data/typhoon} is present).
 */
@AnlanIntegrationTest
class TyphoonRecallIT {

    static final String SHIPU = VesselOperationsIT.SHIPU;
    static final String HEPU = VesselOperationsIT.HEPU;
    static final AtomicInteger UNIQUE = new AtomicInteger(500);
    static final Path LEKIMA_CSV = Path.of("..", "shared", "data", "typhoon", "lekima-2019", "cma_bst_lekima_1909.csv");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TyphoonTracks typhoons;
    @Autowired
    RecallDesk recallDesk;
    @Autowired
    RecallProposalDesk proposalDesk;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    String importTrack(String csv) {
        var imported = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/typhoons?format=cma-csv", "file", "track.csv",
                csv.getBytes(StandardCharsets.UTF_8)).header("Authorization", "Bearer " + api.token("duty")).build());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json().get(0).path("id").asString();
    }

    record Boat(String id, String terminal, GeoPoint at) {
    }

    Boat boatAt(String name, String township, String port, double lat, double lon, double speedKn) {
        String terminal = "BDT" + UNIQUE.incrementAndGet();
        Map<String, Object> v = VesselOperationsIT.vessel(name + terminal, township, port, null, terminal);
        v.put("serviceSpeedKn", speedKn);
        var created = api.post("/api/vessels", ApiClient.json(v), "admin");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        report(terminal, lat, lon);
        return new Boat(created.json().path("id").asString(), terminal, new GeoPoint(lat, lon));
    }

    /**
     * A Beidou fix, awaited in the live picture: the intake's scheduled flush may store it instead of the request's
     * own flush, in which case the response counts it as not registered.
     */
    void report(String terminal, double lat, double lon) {
        var accepted = api.post("/api/vessels/beidou", ApiClient.json(Map.of("reports", List.of(Map.of("terminal", terminal,
                "time", clock.instant().toString(), "lat", lat, "lon", lon, "speedKn", 0.0, "courseDeg", 0.0)))), "duty");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String vesselId = jdbc.sql("SELECT id FROM vessel WHERE beidou_terminal = :t").param("t", terminal)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM vessel_position WHERE vessel_id = :v AND abs(lat - :lat) < 1e-6
                           AND abs(lon - :lon) < 1e-6""").param("v", UUID.fromString(vesselId)).param("lat", lat)
                .param("lon", lon).query(Integer.class).single() == 1);
    }

    /** Whether the level-6 circle covers this point at some 10-minute step of the next {@code hours} hours. */
    boolean swept(String trackId, GeoPoint point, int hours) {
        Instant now = clock.instant();
        return typhoons.windAreas(new TrackId(UUID.fromString(trackId)), 6, 0, now, now.plus(Duration.ofHours(hours)),
                Duration.ofMinutes(10)).stream().anyMatch(a -> a.area().covers(Geometries.point(point)));
    }

    static Map<String, JsonNode> byVessel(JsonNode recall) {
        Map<String, JsonNode> rows = new HashMap<>();
        recall.path("vessels").forEach(v -> rows.put(v.path("vesselId").asString(), v));
        return rows;
    }

    @Test
    void aStormApproachingXiangshanRecallsTheBoatsItsCircleReachesEachToAShelterItMakesBeforeTheCircle() {
        int n = UNIQUE.incrementAndGet();
        String trackId = importTrack(SyntheticStorms.approachingXiangshan("98" + n, clock.instant()));
        Boat nearShipu = boatAt("台风近石浦", SHIPU, "SHIPU", 29.12, 122.22, 9);
        Boat nearHepu = boatAt("台风近鹤浦", HEPU, "HEPU", 29.02, 122.15, 9);
        Boat far = boatAt("台风远海", SHIPU, "SHIPU", 33.5, 125.5, 9);
        Boat slowOffshore = boatAt("台风慢船", SHIPU, "SHIPU", 25.5, 125.0, 3);
        Boat inTheEye = boatAt("台风风眼", HEPU, "HEPU", 22.2, 127.8, 12);
        assertThat(swept(trackId, nearShipu.at(), 24)).isTrue();
        assertThat(swept(trackId, nearShipu.at(), 1)).as("precondition: the circle is hours away from 石浦").isFalse();
        assertThat(swept(trackId, far.at(), 24)).as("precondition: the far boat stays outside the circle").isFalse();
        int recallsBefore = jdbc.sql("SELECT count(*) FROM recall").query(Integer.class).single();

        var denied = api.post("/api/vessels/recalls/from-typhoon", ApiClient.json(Map.of("trackId", trackId)), "duty");
        assertThat(denied.status()).isEqualTo(403);
        var badLevel = api.post("/api/vessels/recalls/from-typhoon", ApiClient.json(Map.of("trackId", trackId, "level", 20)),
                "commander");
        assertThat(badLevel.code()).isEqualTo("WIND_LEVEL_INVALID");
        var badHorizon = api.post("/api/vessels/recalls/from-typhoon",
                ApiClient.json(Map.of("trackId", trackId, "horizonHours", 500)), "commander");
        assertThat(badHorizon.code()).isEqualTo("RECALL_HORIZON_INVALID");
        var unknown = api.post("/api/vessels/recalls/from-typhoon",
                ApiClient.json(Map.of("trackId", UUID.randomUUID().toString())), "commander");
        assertThat(unknown.status()).isEqualTo(404);
        var neverReached = api.post("/api/vessels/recalls/from-typhoon",
                ApiClient.json(Map.of("trackId", trackId, "level", 17)), "commander");
        assertThat(neverReached.status()).isEqualTo(409);
        assertThat(neverReached.code()).isEqualTo("TYPHOON_CIRCLE_ABSENT");
        assertThat(jdbc.sql("SELECT count(*) FROM recall").query(Integer.class).single()).as("refusals save nothing")
                .isEqualTo(recallsBefore);

        var issued = api.post("/api/vessels/recalls/from-typhoon",
                ApiClient.json(Map.of("trackId", trackId, "level", 6, "horizonHours", 24)), "commander");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode recall = issued.json();
        String recallId = recall.path("id").asString();
        try {
            assertThat(recall.path("origin").asString()).isEqualTo("TYPHOON");
            assertThat(recall.path("typhoon").path("trackId").asString()).isEqualTo(trackId);
            assertThat(recall.path("typhoon").path("windLevel").asInt()).isEqualTo(6);
            assertThat(recall.path("title").asString()).contains("RECALLTEST", "6 级风圈");
            Map<String, JsonNode> rows = byVessel(recall);

            assertThat(rows).containsKeys(nearShipu.id(), nearHepu.id(), slowOffshore.id(), inTheEye.id())
                    .doesNotContainKey(far.id());
            for (Boat near : List.of(nearShipu, nearHepu)) {
                JsonNode row = rows.get(near.id());
                assertThat(row.path("harbourCode").isNull()).as(row.toString()).isFalse();
                assertThat(row.path("unplaced").isNull()).isTrue();
                assertThat(Instant.parse(row.path("eta").asString()))
                        .isBefore(Instant.parse(row.path("deadline").asString()));
            }
            // the slow boat far out cannot outrun the circle; the boat in the eye is inside it already: both flagged
            for (Boat doomed : List.of(slowOffshore, inTheEye)) {
                JsonNode row = rows.get(doomed.id());
                assertThat(row.path("harbourCode").isNull()).as(row.toString()).isTrue();
                assertThat(row.path("unplaced").asString()).isEqualTo("TOO_LATE");
            }
            assertThat(Instant.parse(rows.get(inTheEye.id()).path("deadline").asString())).isEqualTo(
                    Instant.parse(recall.path("issuedAt").asString()));
            assertEveryPlacedBoatMakesItsDeadline(rows.values());
            assertNoShelterIsPromisedBeyondItsCapacity();
            assertThat(recall.path("progress").path("total").path("unplaced").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'RECALL_ISSUE' AND entity_id = :id")
                    .param("id", recallId).query(Integer.class).single()).isEqualTo(1);

            // a township officer sees the boats of their own township only
            JsonNode shipuView = api.get("/api/vessels/recalls/" + recallId, "township-shipu").json();
            assertThat(shipuView.path("vessels").size()).isPositive();
            shipuView.path("vessels").forEach(v -> assertThat(v.path("townshipCode").asString()).isEqualTo(SHIPU));
            assertThat(byVessel(shipuView)).containsKey(nearShipu.id()).doesNotContainKey(nearHepu.id());

            // the existing machinery follows it: acknowledgement, return to port, escalation of the boat that stays
            assertThat(api.put("/api/vessels/recalls/" + recallId + "/vessels/" + nearShipu.id() + "/acknowledged", null,
                    "township-shipu").json().path("status").asString()).isEqualTo("ACKNOWLEDGED");
            String harbour = rows.get(nearShipu.id()).path("harbourCode").asString();
            JsonNode shelter = null;
            for (JsonNode h : api.get("/api/vessels/harbours", "duty").json()) {
                if (h.path("code").asString().equals(harbour)) {
                    shelter = h;
                }
            }
            clock.advance(Duration.ofMinutes(31));
            report(nearShipu.terminal(), shelter.path("lat").asDouble(), shelter.path("lon").asDouble());
            recallDesk.escalate();
            Map<String, JsonNode> after = byVessel(api.get("/api/vessels/recalls/" + recallId, "commander").json());
            assertThat(after.get(nearShipu.id()).path("status").asString()).isEqualTo("RETURNED");
            assertThat(after.get(slowOffshore.id()).path("escalationLevel").asInt()).isEqualTo(1);
        } finally {
            api.put("/api/vessels/recalls/" + recallId + "/lifted", null, "commander");
        }
    }

    @Test
    void lekimaADayAndAHalfBeforeLandfallRecallsTheBoatsOffXiangshanAndNotThoseInTheSouthChinaSea() throws IOException {
        assumeTrue(Files.isRegularFile(LEKIMA_CSV), LEKIMA_CSV + " not present (../shared/data/typhoon is not in the repo): skipping");
        // Lekima made landfall at 温岭 on 2019-08-09 17:45 UTC; its fix of 2019-08-08 06:00 UTC (23.7 N 125.4 E, its
        // level-6 circle some 430 km) is put at the present hour
        Instant anchor = Instant.parse("2019-08-08T06:00:00Z");
        Duration shift = Duration.between(anchor, clock.instant().truncatedTo(ChronoUnit.HOURS));
        StringBuilder csv = new StringBuilder();
        for (String line : Files.readAllLines(LEKIMA_CSV, StandardCharsets.UTF_8)) {
            if (csv.isEmpty()) {
                csv.append(line).append('\n');
                continue;
            }
            int comma = line.indexOf(',');
            Instant time = LocalDateTime.parse(line.substring(0, comma), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    .toInstant(ZoneOffset.UTC).plus(shift);
            csv.append(SyntheticStorms.CSV_TIME.format(time)).append(line.substring(comma)).append('\n');
        }
        String trackId = importTrack(csv.toString());
        Boat offXiangshan = boatAt("利奇马象山", SHIPU, "SHIPU", 29.15, 122.20, 9);
        Boat southChinaSea = boatAt("利奇马南海", HEPU, "HEPU", 21.0, 117.0, 9);
        assertThat(swept(trackId, southChinaSea.at(), 24)).as("precondition: the South China Sea stays outside").isFalse();
        assertThat(swept(trackId, offXiangshan.at(), 1)).as("precondition: the circle is hours away").isFalse();

        var issued = api.post("/api/vessels/recalls/from-typhoon", ApiClient.json(Map.of("trackId", trackId)), "dept");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String recallId = issued.json().path("id").asString();
        try {
            Map<String, JsonNode> rows = byVessel(issued.json());
            assertThat(rows).containsKey(offXiangshan.id()).doesNotContainKey(southChinaSea.id());
            assertThat(rows.get(offXiangshan.id()).path("harbourCode").isNull()).isFalse();
            assertEveryPlacedBoatMakesItsDeadline(rows.values());
            assertNoShelterIsPromisedBeyondItsCapacity();
        } finally {
            api.put("/api/vessels/recalls/" + recallId + "/lifted", null, "commander");
        }
    }

    @Test
    void aTyphoonWarningProposesARecallFromTheCurrentTrackThatADepartmentOfficerApproves() {
        int n = UNIQUE.incrementAndGet();
        clock.advance(Duration.ofSeconds(1));  // this track is the one imported last
        String trackId = importTrack(SyntheticStorms.approachingXiangshan("97" + n, clock.instant()));
        Boat offShipu = boatAt("预警建议", SHIPU, "SHIPU", 29.10, 122.25, 9);
        Instant now = clock.instant();
        String warningId = "test-typhoon-warning-" + n;
        assertThat(proposalDesk.proposeFor(new WarningIssued("test-gale-" + n, 1, "GALE", "BLUE",
                List.of(SHIPU), List.of(), null, now, now, now.plus(Duration.ofHours(24))))).isEmpty();
        transaction.executeWithoutResult(status -> events.publishEvent(new WarningIssued(warningId, 1,
                "TYPHOON", "BLUE", List.of(SHIPU), List.of(), null, now, now.plus(Duration.ofHours(12)),
                now.plus(Duration.ofHours(48)))));

        JsonNode proposal = await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode p : api.get("/api/vessels/recall-proposals", "township-shipu").json()) {
                if (p.path("warningId").asString().equals(warningId)) {
                    return p;
                }
            }
            return null;
        }, Objects::nonNull);
        assertThat(proposal.path("status").asString()).isEqualTo("PENDING");
        assertThat(proposal.path("trackId").asString()).isEqualTo(trackId);
        assertThat(proposal.path("windLevel").asInt()).isEqualTo(6);
        assertThat(proposal.path("vessels").asInt()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM recall WHERE origin = 'TYPHOON' AND track_id = :t")
                .param("t", UUID.fromString(trackId)).query(Integer.class).single()).as("nothing ordered yet").isZero();

        String approvePath = "/api/vessels/recall-proposals/" + proposal.path("id").asString() + "/approved";
        assertThat(api.put(approvePath, null, "duty").status()).isEqualTo(403);
        var approved = api.put(approvePath, null, "dept");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String recallId = approved.json().path("id").asString();
        try {
            assertThat(approved.json().path("origin").asString()).isEqualTo("TYPHOON");
            assertThat(approved.json().path("typhoon").path("trackId").asString()).isEqualTo(trackId);
            assertThat(byVessel(approved.json()).get(offShipu.id()).path("harbourCode").isNull()).isFalse();
            var again = api.put(approvePath, null, "commander");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.code()).isEqualTo("RECALL_PROPOSAL_DECIDED");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('RECALL_PROPOSE', 'RECALL_PROPOSAL_APPROVED') AND entity_id = :id")
                    .param("id", proposal.path("id").asString()).query(Integer.class).single()).isEqualTo(2);
        } finally {
            api.put("/api/vessels/recalls/" + recallId + "/lifted", null, "commander");
        }
    }

    static void assertEveryPlacedBoatMakesItsDeadline(Iterable<JsonNode> rows) {
        for (JsonNode row : rows) {
            if (row.path("harbourCode").isNull()) {
                assertThat(row.path("unplaced").asString()).as(row.toString()).isIn("TOO_LATE", "NO_ROOM");
            } else {
                assertThat(Instant.parse(row.path("eta").asString())).as(row.toString())
                        .isBeforeOrEqualTo(Instant.parse(row.path("deadline").asString()));
            }
        }
    }

    void assertNoShelterIsPromisedBeyondItsCapacity() {
        Map<String, Integer> capacity = new HashMap<>();
        for (JsonNode h : api.get("/api/vessels/harbours", "duty").json()) {
            capacity.put(h.path("code").asString(), h.path("capacity").asInt());
        }
        Map<String, Long> taken = jdbc.sql("""
                        SELECT code, sum(n) FROM (
                          SELECT harbour_code AS code, count(*) AS n FROM vessel_position
                           WHERE harbour_code IS NOT NULL GROUP BY 1
                          UNION ALL
                          SELECT rv.harbour_code, count(*) FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                           WHERE r.lifted_at IS NULL AND rv.status <> 'RETURNED' AND rv.harbour_code IS NOT NULL GROUP BY 1
                        ) t GROUP BY code""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        taken.forEach((code, count) -> assertThat(count).as(code).isLessThanOrEqualTo(capacity.get(code)));
    }
}
