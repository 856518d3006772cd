package org.anlan.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the day and the night shift start (by default 08:00 and 20:00 in the county's zone); each lasts until
 * the other begins, the night shift ending on the next morning.
 */
record ShiftHours(LocalTime dayStarts, LocalTime nightStarts, ZoneId zone) {

    ShiftHours {
        if (!dayStarts.isBefore(nightStarts)) {
            throw new IllegalArgumentException("The day shift must start before the night shift");
        }
    }

    Instant start(LocalDate dutyDate, ShiftKind kind) {
        return switch (kind) {
            case DAY -> dutyDate.atTime(dayStarts).atZone(zone).toInstant();
            case NIGHT -> dutyDate.atTime(nightStarts).atZone(zone).toInstant();
            case CUSTOM -> throw new IllegalArgumentException("A custom shift has explicit times");
        };
    }

    Instant end(LocalDate dutyDate, ShiftKind kind) {
        return switch (kind) {
            case DAY -> dutyDate.atTime(nightStarts).atZone(zone).toInstant();
            case NIGHT -> dutyDate.plusDays(1).atTime(dayStarts).atZone(zone).toInstant();
            case CUSTOM -> throw new IllegalArgumentException("A custom shift has explicit times");
        };
    }
}
