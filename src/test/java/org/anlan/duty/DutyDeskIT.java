package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The duty desk through its API: rosters without double bookings, handovers, the append-only log, the clock. */
@AnlanIntegrationTest
class DutyDeskIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DutyDesk desk;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String shift(LocalDate date, String kind, String leader, String... officers) {
        return ApiClient.json(Map.of("dutyDate", date.toString(), "kind", kind, "leader", leader, "officers", List.of(officers)));
    }

    static String customShift(Instant start, Instant end, String leader, String... officers) {
        return ApiClient.json(Map.of("kind", "CUSTOM", "startsAt", start.toString(), "endsAt", end.toString(),
                "leader", leader, "officers", List.of(officers)));
    }

    @Test
    void demoModePlansAWeekOfShiftsAroundTodayWithSomeoneOnDutyNow() {
        // the seeded week is around the day the application started; other tests move the clock forward a little,
        // which near midnight (Beijing time) is already the next day, so the window is a day wider on each side
        LocalDate today = LocalDate.now(clock);
        var roster = api.get("/api/duty/shifts?from=" + today.minusDays(4) + "&to=" + today.plusDays(4), "dept").json();
        assertThat(roster.size()).isGreaterThanOrEqualTo(14);
        var current = api.get("/api/duty/shifts/current", "township-shipu");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("leader").asString()).isIn("commander", "admin");
        assertThat(current.json().path("officers").get(0).asString()).isEqualTo("duty");
    }

    @Test
    void aPersonOnTwoOverlappingShiftsIsRefusedNamingThePersonAndTheOtherShiftAndNothingIsSaved() {
        LocalDate day = LocalDate.of(2037, 3, 1);
        assertThat(api.post("/api/duty/shifts", shift(day, "DAY", "commander", "duty"), "commander").status()).isEqualTo(201);
        long shiftsBefore = count("duty_shift");
        long auditBefore = count("audit_entry");

        Instant noon = day.atTime(12, 0).atZone(SHANGHAI).toInstant();
        var refused = api.post("/api/duty/shifts", customShift(noon, noon.plus(Duration.ofHours(4)), "inspector", "duty"),
                "duty");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("DUTY_SHIFT_CONFLICT");
        assertThat(refused.json().path("message").asString())
                .contains("县应急值班员（duty）").contains("2037-03-01 08:00–20:00");

        assertThat(count("duty_shift")).isEqualTo(shiftsBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void theNightShiftMayFollowTheDayShiftWithTheSamePeopleAndAChangeIsCheckedToo() {
        LocalDate day = LocalDate.of(2037, 4, 1);
        var dayShift = api.post("/api/duty/shifts", shift(day, "DAY", "commander", "duty"), "admin");
        var night = api.post("/api/duty/shifts", shift(day, "NIGHT", "commander", "duty"), "admin");
        assertThat(night.status()).as(night.body()).isEqualTo(201);
        assertThat(night.json().path("startsAt").asString()).isEqualTo("2037-04-01T12:00:00Z");
        assertThat(night.json().path("endsAt").asString()).isEqualTo("2037-04-02T00:00:00Z");

        String nightId = night.json().path("id").asString();
        var moved = api.put("/api/duty/shifts/" + nightId, customShift(Instant.parse("2037-04-01T11:00:00Z"),
                Instant.parse("2037-04-01T23:00:00Z"), "commander"), "admin");
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.code()).isEqualTo("DUTY_SHIFT_CONFLICT");
        assertThat(api.get("/api/duty/shifts/" + nightId, "admin").json().path("startsAt").asString())
                .isEqualTo("2037-04-01T12:00:00Z");

        var changed = api.put("/api/duty/shifts/" + nightId, shift(day, "NIGHT", "admin", "duty"), "commander");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("leader").asString()).isEqualTo("admin");
        assertThat(lastAudit("DUTY_SHIFT_UPDATE", nightId)).contains("\"leader\":\"admin\"");
        assertThat(dayShift.status()).isEqualTo(201);
    }

    @Test
    void badRosterRequestsAreRefusedWithStableCodes() {
        LocalDate day = LocalDate.of(2037, 5, 1);
        assertThat(api.post("/api/duty/shifts", shift(day, "DAY", "nobody-here"), "duty").code()).isEqualTo("DUTY_PERSON_UNKNOWN");
        assertThat(api.post("/api/duty/shifts", shift(day, "DAY", "duty", "ghost"), "duty").json().path("message").asString())
                .contains("ghost");
        assertThat(api.post("/api/duty/shifts", customShift(Instant.parse("2037-05-02T00:00:00Z"),
                Instant.parse("2037-05-01T00:00:00Z"), "duty"), "duty").code()).isEqualTo("DUTY_SHIFT_WINDOW_INVALID");
        assertThat(api.post("/api/duty/shifts", ApiClient.json(Map.of("kind", "DAY", "leader", "duty")), "duty").code())
                .isEqualTo("DUTY_SHIFT_WINDOW_INVALID");
        assertThat(api.post("/api/duty/shifts", ApiClient.json(Map.of("dutyDate", "2037-05-01", "kind", "DAY")), "duty")
                .code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.post("/api/duty/shifts", "{\"dutyDate\":\"2037-05-01\",\"kind\":\"LUNCH\",\"leader\":\"duty\"}", "duty")
                .status()).isEqualTo(400);
        assertThat(api.get("/api/duty/shifts?from=2037-05-01&to=2037-12-31", "duty").code()).isEqualTo("DUTY_RANGE_INVALID");
        assertThat(api.get("/api/duty/shifts/" + UUID.randomUUID(), "duty").code()).isEqualTo("DUTY_SHIFT_UNKNOWN");
        assertThat(api.get("/api/duty/shifts?from=2037-05-01&to=2037-05-07", "duty").json()).isEmpty();
    }

    @Test
    void theOutgoingOfficerHandsOverWithNotesAndPendingItemsAndTheIncomingShiftIsOn() {
        LocalDate day = LocalDate.of(2036, 7, 1);
        String outgoing = api.post("/api/duty/shifts", shift(day, "DAY", "commander", "duty"), "commander").json().path("id").asString();
        String incoming = api.post("/api/duty/shifts", shift(day, "NIGHT", "admin"), "commander").json().path("id").asString();
        String body = handover(incoming, "台风“烟花”外围影响，石浦港渔船已回港", "20:30 向市局续报", "核对西周镇转移人数");

        var signed = api.post("/api/duty/shifts/" + outgoing + "/handover", body, "commander");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(api.get("/api/duty/shifts/" + outgoing, "dept").json().path("status").asString()).isEqualTo("DONE");
        assertThat(api.get("/api/duty/shifts/" + incoming, "dept").json().path("status").asString()).isEqualTo("ON");

        var recorded = api.get("/api/duty/shifts/" + outgoing + "/handover", "auditor").json();
        assertThat(recorded.path("signedBy").asString()).isEqualTo("commander");
        assertThat(recorded.path("pendingItems")).hasSize(2);
        assertThat(recorded.path("toShiftId").asString()).isEqualTo(incoming);

        var retried = api.post("/api/duty/shifts/" + outgoing + "/handover", body, "duty");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("id").asString()).isEqualTo(recorded.path("id").asString());
        var different = api.post("/api/duty/shifts/" + outgoing + "/handover", handover(incoming, "另一份交接"), "duty");
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.code()).isEqualTo("DUTY_SHIFT_HANDED_OVER");

        var logged = api.get("/api/duty/log?shiftId=" + outgoing + "&kind=HANDOVER", "duty").json();
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).path("summary").asString()).contains("石浦港").contains("核对西周镇转移人数");
        assertThat(lastAudit("DUTY_HANDOVER", outgoing)).contains("20:30 向市局续报");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'DUTY_HANDOVER' AND entity_id = :id")
                .param("id", outgoing).query(String.class).list()).containsExactly("commander");
        assertThat(api.put("/api/duty/shifts/" + outgoing, shift(day, "DAY", "commander"), "admin").code())
                .isEqualTo("DUTY_SHIFT_DONE");
    }

    @Test
    void onlyTheOutgoingShiftsPeopleOrAnAdministratorSignTheHandover() {
        LocalDate day = LocalDate.of(2036, 8, 1);
        String outgoing = api.post("/api/duty/shifts", shift(day, "DAY", "duty"), "duty").json().path("id").asString();
        String incoming = api.post("/api/duty/shifts", shift(day, "NIGHT", "duty"), "duty").json().path("id").asString();
        String body = handover(incoming, "平稳");

        var commander = api.post("/api/duty/shifts/" + outgoing + "/handover", body, "commander");
        assertThat(commander.status()).isEqualTo(403);
        assertThat(commander.code()).isEqualTo("DUTY_HANDOVER_NOT_MEMBER");
        var auditor = api.post("/api/duty/shifts/" + outgoing + "/handover", body, "auditor");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(api.get("/api/duty/shifts/" + outgoing, "duty").json().path("status").asString()).isEqualTo("PLANNED");

        var backwards = api.post("/api/duty/shifts/" + incoming + "/handover", handover(outgoing, "倒序"), "duty");
        assertThat(backwards.code()).isEqualTo("DUTY_HANDOVER_TARGET_INVALID");
        var noNotes = api.post("/api/duty/shifts/" + outgoing + "/handover", handover(incoming, " "), "duty");
        assertThat(noNotes.status()).isEqualTo(400);

        assertThat(api.post("/api/duty/shifts/" + outgoing + "/handover", body, "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/duty/shifts/" + incoming, "duty").json().path("status").asString()).isEqualTo("ON");
    }

    @Test
    void logEntriesAreAppendedAuditedAndNeverChanged() {
        var written = api.post("/api/duty/log", ApiClient.json(Map.of("kind", "CALL_IN", "callerName", "石浦镇王某",
                "callerPhone", "0574-65981234", "summary", "报告渔港码头积水约30厘米", "incidentId", "inc-2024-0001")), "duty");
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String id = written.json().path("id").asString();
        assertThat(written.json().path("author").asString()).isEqualTo("duty");

        var today = api.get("/api/duty/log?kind=CALL_IN", "auditor").json();
        List<String> ids = new java.util.ArrayList<>();
        today.forEach(entry -> ids.add(entry.path("id").asString()));
        assertThat(ids).contains(id);
        assertThat(lastAudit("DUTY_LOG_APPEND", id)).contains("报告渔港码头积水约30厘米");

        assertThatThrownBy(() -> jdbc.sql("UPDATE duty_log_entry SET summary = 'changed' WHERE id = :id")
                .param("id", UUID.fromString(id)).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM duty_log_entry WHERE id = :id")
                .param("id", UUID.fromString(id)).update()).hasMessageContaining("append-only");
        assertThat(api.put("/api/duty/log", ApiClient.json(Map.of("kind", "NOTE", "summary", "x")), "admin").status())
                .isEqualTo(405);

        assertThat(api.post("/api/duty/log", ApiClient.json(Map.of("kind", "NOTE", "summary", "审计员不写日志")), "auditor")
                .status()).isEqualTo(403);
        var bad = api.post("/api/duty/log", ApiClient.json(Map.of("kind", "CALL_IN", "summary", "x", "callerPhone", "call me")),
                "duty");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.post("/api/duty/log", ApiClient.json(Map.of("kind", "NOTE")), "duty").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anotherModuleLogsWithoutASignedInUserAsTheSystemUnderTheShiftOnDuty() {
        DutyLogEntry entry = desk.log(new NewDutyLogEntry(DutyLogKind.CALL_IN, null, "110", "110 转来：爵溪街道道路塌陷",
                UUID.randomUUID().toString()));
        assertThat(entry.author()).isEqualTo("system");
        assertThat(entry.shiftId()).isEqualTo(desk.onDutyNow().map(DutyShift::id).orElse(null));
        assertThat(desk.logEntries(new DutyLogQuery(LocalDate.now(clock), entry.shiftId(), DutyLogKind.CALL_IN)))
                .extracting(DutyLogEntry::id).contains(entry.id());
    }

    @Test
    void theShiftOnDutyFollowsTheClock() {
        LocalDate day = LocalDate.of(2038, 5, 1);
        String dayShift = api.post("/api/duty/shifts", shift(day, "DAY", "commander", "duty"), "duty").json().path("id").asString();
        String nightShift = api.post("/api/duty/shifts", shift(day, "NIGHT", "admin", "duty"), "duty").json().path("id").asString();

        Instant realNow = clock.instant();
        clock.advance(Duration.between(realNow, day.atTime(9, 0).atZone(SHANGHAI).toInstant()));
        try {
            assertThat(desk.onDutyNow().map(s -> s.id().toString())).contains(dayShift);
            clock.advance(Duration.ofHours(11).minusSeconds(1));
            assertThat(desk.onDutyNow().map(s -> s.id().toString())).contains(dayShift);
            clock.advance(Duration.ofSeconds(1));
            assertThat(desk.onDutyNow().map(s -> s.id().toString())).contains(nightShift);
            clock.advance(Duration.ofHours(12));
            assertThat(desk.onDutyNow()).isEmpty();
        } finally {
            clock.advance(Duration.between(clock.instant(), realNow));
        }
    }

    static String handover(String toShiftId, String notes, String... pending) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toShiftId", toShiftId);
        body.put("notes", notes);
        body.put("pendingItems", List.of(pending));
        return ApiClient.json(body);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private String lastAudit(String action, String entityId) {
        return jdbc.sql("""
                SELECT after_state FROM audit_entry WHERE action = :action AND entity_id = :id ORDER BY seq DESC LIMIT 1""")
                .param("action", action).param("id", entityId).query(String.class).single();
    }
}
