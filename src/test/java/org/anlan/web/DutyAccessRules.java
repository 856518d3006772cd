package org.anlan.web;

import static org.anlan.web.AccessRule.UNIQUE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of the duty desk. The handover rows work on two shifts with fixed ids, created by the PUT rows
 * before them; a repeated identical handover answers with the recorded one, so every allowed role gets a 2xx.
 */
final class DutyAccessRules {

    static final String OUTGOING = "d0000000-0000-4000-8000-000000000001";
    static final String INCOMING = "d0000000-0000-4000-8000-000000000002";
    static final Instant FAR_AHEAD = Instant.parse("2040-01-01T00:00:00Z");

    private DutyAccessRules() {
    }

    static List<AccessRule> rules() {
        Set<Role> rosterReaders = EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER, Role.GRID_MEMBER));
        Set<Role> logReaders = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.AUDITOR);
        Set<Role> desk = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        return List.of(
                AccessRule.of("GET", "/api/duty/shifts", rosterReaders),
                AccessRule.of("GET", "/api/duty/shifts?from=2039-06-01&to=2039-06-07", rosterReaders),
                AccessRule.of("GET", "/api/duty/shifts/current", rosterReaders),
                AccessRule.of("POST", "/api/duty/shifts", desk).withBody(DutyAccessRules::uniqueShift),
                AccessRule.of("PUT", "/api/duty/shifts/" + OUTGOING, desk)
                        .withBody(() -> shift("2039-06-01", "DAY", "commander", "duty")),
                AccessRule.of("PUT", "/api/duty/shifts/" + INCOMING, desk)
                        .withBody(() -> shift("2039-06-01", "NIGHT", "admin", "duty")),
                AccessRule.of("GET", "/api/duty/shifts/" + OUTGOING, rosterReaders),
                AccessRule.of("POST", "/api/duty/shifts/" + OUTGOING + "/handover", desk)
                        .withBody(() -> ApiClient.json(Map.of("toShiftId", INCOMING, "notes", "矩阵交接",
                                "pendingItems", List.of("核对台风预警")))),
                AccessRule.of("GET", "/api/duty/shifts/" + OUTGOING + "/handover", logReaders),
                AccessRule.of("POST", "/api/duty/log", desk)
                        .withBody(() -> ApiClient.json(Map.of("kind", "NOTE", "summary", "矩阵日志 " + UNIQUE.incrementAndGet()))),
                AccessRule.of("GET", "/api/duty/log", logReaders),
                AccessRule.of("GET", "/api/duty/log?day=2039-06-01&kind=HANDOVER", logReaders));
    }

    private static String shift(String date, String kind, String leader, String officer) {
        return ApiClient.json(Map.of("dutyDate", date, "kind", kind, "leader", leader, "officers", List.of(officer)));
    }

    /** A two-hour shift on a day of its own, so that no two requests of the matrix conflict. */
    private static String uniqueShift() {
        Instant start = FAR_AHEAD.plus(UNIQUE.incrementAndGet(), ChronoUnit.DAYS);
        return ApiClient.json(Map.of("kind", "CUSTOM", "startsAt", start.toString(),
                "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "leader", "admin", "officers", List.of()));
    }
}
