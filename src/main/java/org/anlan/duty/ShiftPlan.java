package org.anlan.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A roster request: a DAY or NIGHT shift on a duty date (at the configured hours), or a CUSTOM shift with
 * explicit start and end; its leader and officers are usernames of platform users.
 */
public record ShiftPlan(LocalDate dutyDate, ShiftKind kind, Instant startsAt, Instant endsAt, String leader,
                        List<String> officers) {

    public ShiftPlan {
        officers = officers == null ? List.of() : List.copyOf(officers);
    }

    public static ShiftPlan of(LocalDate dutyDate, ShiftKind kind, String leader, List<String> officers) {
        return new ShiftPlan(dutyDate, kind, null, null, leader, officers);
    }
}
