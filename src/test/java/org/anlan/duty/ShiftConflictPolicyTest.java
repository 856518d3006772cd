package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftConflictPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate JUNE_FIRST = LocalDate.of(2030, 6, 1);

    static Instant at(int day, int hour) {
        return JUNE_FIRST.plusDays(day - 1).atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    static DutyShift shift(Instant start, Instant end, String leader, String... officers) {
        return new DutyShift(UUID.randomUUID(), JUNE_FIRST, ShiftKind.CUSTOM, start, end, leader, List.of(officers),
                ShiftStatus.PLANNED);
    }

    @Test
    void anOfficerAlreadyOnAnOverlappingShiftIsAConflict() {
        DutyShift day = shift(at(1, 8), at(1, 20), "commander", "duty");
        var conflicts = ShiftConflictPolicy.conflicts(at(1, 12), at(1, 16), List.of("inspector", "duty"), null, List.of(day));
        assertThat(conflicts).containsExactly(new ShiftConflict("duty", day));
    }

    @Test
    void aLeaderOfOneShiftCannotBeAnOfficerOfAnOverlappingOne() {
        DutyShift day = shift(at(1, 8), at(1, 20), "commander", "duty");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 19), at(2, 7), List.of("admin", "commander"), null, List.of(day)))
                .extracting(ShiftConflict::person).containsExactly("commander");
    }

    @Test
    void theNightShiftStartingWhenTheDayShiftEndsDoesNotOverlapIt() {
        DutyShift day = shift(at(1, 8), at(1, 20), "commander", "duty");
        DutyShift nextDay = shift(at(2, 8), at(2, 20), "commander", "duty");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 20), at(2, 8), List.of("commander", "duty"), null,
                List.of(day, nextDay))).isEmpty();
    }

    @Test
    void differentPeopleMayBeOnDutyAtTheSameTime() {
        DutyShift day = shift(at(1, 8), at(1, 20), "commander", "duty");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 8), at(1, 20), List.of("admin", "inspector"), null, List.of(day)))
                .isEmpty();
    }

    @Test
    void aShiftBeingChangedDoesNotConflictWithItself() {
        DutyShift day = shift(at(1, 8), at(1, 20), "commander", "duty");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 9), at(1, 21), List.of("commander", "duty"), day.id(), List.of(day)))
                .isEmpty();
    }

    @Test
    void aShiftInsideAnotherOrContainingItOverlaps() {
        DutyShift typhoonWatch = shift(at(1, 0), at(3, 0), "admin");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 8), at(1, 20), List.of("admin"), null, List.of(typhoonWatch)))
                .hasSize(1);
        DutyShift hour = shift(at(1, 10), at(1, 11), "admin");
        assertThat(ShiftConflictPolicy.conflicts(at(1, 8), at(1, 20), List.of("admin"), null, List.of(hour))).hasSize(1);
    }

    @Test
    void everyConflictingPersonIsNamedInTheOrderOfTheShifts() {
        DutyShift morning = shift(at(1, 6), at(1, 10), "commander");
        DutyShift evening = shift(at(1, 18), at(1, 22), "duty", "admin");
        var conflicts = ShiftConflictPolicy.conflicts(at(1, 8), at(1, 20), List.of("admin", "commander", "duty"), null,
                List.of(morning, evening));
        assertThat(conflicts).containsExactly(new ShiftConflict("commander", morning), new ShiftConflict("admin", evening),
                new ShiftConflict("duty", evening));
    }
}
