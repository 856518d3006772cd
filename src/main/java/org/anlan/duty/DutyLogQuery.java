package org.anlan.duty;

import java.time.LocalDate;
import java.util.UUID;

/** Which duty log entries to list: any of a day (in the county's zone), a shift and a kind; null means any. */
public record DutyLogQuery(LocalDate day, UUID shiftId, DutyLogKind kind) {

    public static DutyLogQuery ofDay(LocalDate day) {
        return new DutyLogQuery(day, null, null);
    }
}
