package org.anlan.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.anlan.platform.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode only: a week of day and night shifts around today (three days back, three ahead) for the demo
 * users, the county commander leading the day shifts and the administrator the nights, with the duty officer on
 * both. Idempotent: a date and shift kind that already has a shift is left alone.
 */
@Component
@Order(20)
class DutyDemoRoster implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DutyDemoRoster.class);
    private static final int DAYS_AROUND_TODAY = 3;

    private final DutyDesk desk;
    private final PlatformMode mode;
    private final ShiftHours hours;
    private final Clock clock;

    DutyDemoRoster(DutyDesk desk, PlatformMode mode, ShiftHours hours, Clock clock) {
        this.desk = desk;
        this.mode = mode;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int created = 0;
        for (LocalDate day = today.minusDays(DAYS_AROUND_TODAY); !day.isAfter(today.plusDays(DAYS_AROUND_TODAY));
             day = day.plusDays(1)) {
            for (ShiftKind kind : List.of(ShiftKind.DAY, ShiftKind.NIGHT)) {
                if (desk.hasShift(day, kind)) {
                    continue;
                }
                String leader = kind == ShiftKind.DAY ? "commander" : "admin";
                desk.scheduleAsSystem(ShiftPlan.of(day, kind, leader, List.of("duty")), statusAt(day, kind, now));
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo mode: planned {} duty shifts around {}", created, today);
        }
    }

    private ShiftStatus statusAt(LocalDate day, ShiftKind kind, Instant now) {
        if (!hours.end(day, kind).isAfter(now)) {
            return ShiftStatus.DONE;
        }
        return hours.start(day, kind).isAfter(now) ? ShiftStatus.PLANNED : ShiftStatus.ON;
    }
}
