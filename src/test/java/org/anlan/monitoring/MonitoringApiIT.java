package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.county.CountyGeography;
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
class MonitoringApiIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    CapturedCrossings crossings;
    @Autowired
    CountyGeography county;
    @Autowired
    LiveObservations live;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String newStation(String township, String kind) {
        var seat = county.requireTownship(township).seat();
        String id = "IT-API-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var created = api.post("/api/monitoring/stations", ApiClient.json(Map.of("id", id, "name", "测试站 " + id,
                "kind", kind, "lat", seat.lat(), "lon", seat.lon())), "dept");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    private ApiClient.Response postCsv(String csv, String user) {
        return api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/monitoring/observations"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + api.token(user))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    @Test
    void csvAndJsonBatchesAreStoredOnceWithReasonsForRefusedRowsAndAudited() {
        String gauge = newStation(SHIPU, "RAIN_GAUGE");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String csv = "station_id,observed_at,value,unit\n"
                + gauge + "," + now.minus(Duration.ofMinutes(30)) + ",12.5,mm\n"
                + gauge + "," + now.minus(Duration.ofMinutes(20)) + ",400,mm\n"
                + gauge + "," + now.minus(Duration.ofMinutes(10)) + ",7.5,m\n"
                + gauge + "," + now.minus(Duration.ofMinutes(5)) + ",10.25,mm\n";
        var first = postCsv(csv, "township-shipu");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("stored").asInt()).isEqualTo(2);
        assertThat(first.json().path("rejected")).hasSize(2);
        assertThat(first.json().path("rejected").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(first.json().path("rejected").get(0).path("code").asString()).isEqualTo("VALUE_OUT_OF_RANGE");
        assertThat(first.json().path("rejected").get(1).path("code").asString()).isEqualTo("UNIT_MISMATCH");

        var again = postCsv(csv, "duty");
        assertThat(again.json().path("stored").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);

        var json = api.post("/api/monitoring/observations", ApiClient.json(List.of(
                Map.of("stationId", gauge, "observedAt", now.minus(Duration.ofMinutes(70)).toString(), "value", "5"))), "dept");
        assertThat(json.json().path("stored").asInt()).isEqualTo(1);

        JsonNode station = api.get("/api/monitoring/stations/" + gauge, "grid").json();
        assertThat(station.path("sums").path("1h").decimalValue()).isEqualByComparingTo("22.75");
        assertThat(station.path("sums").path("3h").decimalValue()).isEqualByComparingTo("27.75");
        assertThat(station.path("townshipCode").asString()).isEqualTo(SHIPU);
        Long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'OBSERVATIONS_INGEST' AND actor = 'township-shipu'")
                .query(Long.class).single();
        assertThat(audited).isPositive();

        // the windows rebuilt from the database after a restart equal the ones kept current as readings arrived
        live.rebuild();
        JsonNode rebuilt = api.get("/api/monitoring/stations/" + gauge, "grid").json();
        assertThat(rebuilt.path("sums")).isEqualTo(station.path("sums"));

        var hourly = api.get("/api/monitoring/stations/" + gauge + "/hourly?hours=3", "grid").json();
        assertThat(hourly).hasSize(3);
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode hour : hourly) {
            total = total.add(hour.path("value").decimalValue());
        }
        assertThat(total).isEqualByComparingTo("27.75");
    }

    @Test
    void aBatchMixingStoredNewLateAndRepeatedReadingsStoresEachKeyOnce() {
        String gauge = newStation(SHIPU, "RAIN_GAUGE");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        java.util.function.BiFunction<Integer, String, String> row = (minutesAgo, value) ->
                gauge + "," + now.minus(Duration.ofMinutes(minutesAgo)) + "," + value + ",mm\n";
        String header = "station_id,observed_at,value,unit\n";
        var first = postCsv(header + row.apply(58, "1") + row.apply(50, "1") + row.apply(40, "1"), "dept");
        assertThat(first.json().path("stored").asInt()).as(first.body()).isEqualTo(3);

        // stored keys, new keys between them, a reading three days late, and one key twice in the batch
        var second = postCsv(header + row.apply(58, "9") + row.apply(55, "2") + row.apply(40, "9")
                + row.apply(3 * 24 * 60, "4") + row.apply(50, "9") + row.apply(45, "2") + row.apply(30, "2")
                + row.apply(30, "9"), "dept");
        assertThat(second.json().path("stored").asInt()).as(second.body()).isEqualTo(4);
        assertThat(second.json().path("duplicates").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT sum(value_centi) FROM monitoring_observation WHERE station_id = :id")
                .param("id", gauge).query(Long.class).single()).isEqualTo(3 * 100 + 3 * 200 + 400);
        JsonNode station = api.get("/api/monitoring/stations/" + gauge, "grid").json();
        assertThat(station.path("sums").path("1h").decimalValue()).isEqualByComparingTo("9");
        live.rebuild();
        assertThat(api.get("/api/monitoring/stations/" + gauge, "grid").json().path("sums")).isEqualTo(station.path("sums"));
    }

    @Test
    void observationsOfAStationNotInTheDatabaseAreNeverStored(@Autowired Observations observations,
                                                              @Autowired org.springframework.transaction.support.TransactionTemplate transaction) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> observations.insertNew(
                List.of(new Reading("IT-NO-SUCH-STATION", at, 100)), List.of(ObservationSource.HTTP), at)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("IT-NO-SUCH-STATION");
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_observation WHERE station_id = 'IT-NO-SUCH-STATION'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTownshipOfficerCannotSendReadingsOfAnotherTownshipAndBadBatchesAreRefusedWhole() {
        String hepu = newStation(HEPU, "WATER_LEVEL");
        Instant now = clock.instant();
        var denied = api.post("/api/monitoring/observations", ApiClient.json(List.of(
                Map.of("stationId", hepu, "observedAt", now.toString(), "value", 1.2))), "township-shipu");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        var malformed = api.post("/api/monitoring/observations", "[{\"stationId\":", "duty");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("OBSERVATIONS_MALFORMED");
        var tooMany = postCsv((hepu + "," + now + ",1.0\n").repeat(Monitoring.MAX_BATCH + 1), "duty");
        assertThat(tooMany.status()).isIn(400, 413);
    }

    @Test
    void anUpdatedRuleSetIsANewAuditedVersionAndGradesTheNextReadings() {
        String water = newStation(HEPU, "WATER_LEVEL");
        int before = api.get("/api/monitoring/rules", "grid").json().path("version").asInt();
        List<ThresholdRule> rules = new ArrayList<>(RuleSet.defaults());
        rules.add(new ThresholdRule("it-water-red", Hazard.WATER_LEVEL, Level.RED, StationKind.WATER_LEVEL, Metric.LATEST,
                new BigDecimal("1.50"), water, true, "test: 保证水位 of one station"));
        try {
            var refused = api.put("/api/monitoring/rules", ApiClient.json(Map.of("rules", List.of(
                    new ThresholdRule("bad", Hazard.RAINSTORM, Level.RED, StationKind.RAIN_GAUGE, Metric.LATEST,
                            BigDecimal.TEN, null, true, null)))), "admin");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("RULE_INVALID");
            assertThat(api.put("/api/monitoring/rules", ApiClient.json(Map.of("rules", rules)), "duty").status()).isEqualTo(403);

            var updated = api.put("/api/monitoring/rules", ApiClient.json(Map.of("rules", rules, "note", "测试站保证水位")), "dept");
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            int version = updated.json().path("version").asInt();
            assertThat(version).isGreaterThan(before);
            assertThat(api.get("/api/monitoring/rules/" + before, "grid").json().path("rules").size())
                    .isEqualTo(RuleSet.defaults().size());
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'MONITORING_RULES_UPDATE' AND entity_id = :v")
                    .param("v", String.valueOf(version)).query(Long.class).single()).isEqualTo(1);

            var stored = api.post("/api/monitoring/observations", ApiClient.json(List.of(Map.of("stationId", water,
                    "observedAt", clock.instant().toString(), "value", "1.50", "unit", "m"))), "duty");
            assertThat(stored.json().path("stored").asInt()).isEqualTo(1);
            assertThat(crossings.of(water)).extracting(ThresholdCrossed::ruleId, ThresholdCrossed::ruleVersion,
                    ThresholdCrossed::level).containsExactly(org.assertj.core.groups.Tuple.tuple("it-water-red", version, "RED"));
            assertThat(crossings.of(water).get(0).townshipCodes()).containsExactly(HEPU);
        } finally {
            api.put("/api/monitoring/rules", ApiClient.json(Map.of("rules", RuleSet.defaults(), "note", "defaults again")), "admin");
        }
    }

    @Test
    void anOfficialSignalIsStoredOnceShownAsOfficialAndPublishedForItsTownships() {
        String ref = "ZJ-QX-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime();
        Map<String, Object> signal = Map.of("sourceRef", ref, "hazard", "RAINSTORM", "level", "ORANGE",
                "townshipCodes", List.of(SHIPU, HEPU), "issuer", "象山县气象台", "issuedAt", clock.instant().toString());
        var created = api.post("/api/monitoring/signals", ApiClient.json(signal), "dept");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var repeated = api.post("/api/monitoring/signals", ApiClient.json(signal), "duty");
        assertThat(repeated.json().path("id").asString()).isEqualTo(created.json().path("id").asString());
        List<ThresholdCrossed> official = crossings.all().stream().filter(e -> e.ruleId().equals("official:" + ref)).toList();
        assertThat(official).hasSize(1);
        assertThat(official.get(0).official()).isTrue();
        assertThat(official.get(0).townshipCodes()).containsExactly(SHIPU, HEPU);
        assertThat(official.get(0).level()).isEqualTo("ORANGE");
        var unknownTownship = api.post("/api/monitoring/signals", ApiClient.json(Map.of("sourceRef", ref + "x",
                "hazard", "RAINSTORM", "level", "RED", "townshipCodes", List.of("999"), "issuer", "x",
                "issuedAt", clock.instant().toString())), "dept");
        assertThat(unknownTownship.status()).isEqualTo(400);

        var page = PageSession.signedIn(port, "grid").get("/monitoring");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"township-rainfall\"").contains("象山县气象台").contains("class=\"official\"")
                .contains("data-station=\"R" + SHIPU + "\"").contains("monitoring.js");
    }
}
