package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShiftHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2030, 6, 1);

    @Test
    void byDefaultTheDayShiftRunsFromEightToEightAndTheNightShiftUntilTheNextMorning() {
        var hours = new ShiftHours(LocalTime.of(8, 0), LocalTime.of(20, 0), SHANGHAI);
        assertThat(hours.start(DAY, ShiftKind.DAY)).isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
        assertThat(hours.end(DAY, ShiftKind.DAY)).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
        assertThat(hours.start(DAY, ShiftKind.NIGHT)).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
        assertThat(hours.end(DAY, ShiftKind.NIGHT)).isEqualTo(Instant.parse("2030-06-02T00:00:00Z"));
    }

    @Test
    void otherHoursCanBeConfigured() {
        var hours = new ShiftHours(LocalTime.of(8, 30), LocalTime.of(17, 30), SHANGHAI);
        assertThat(hours.end(DAY, ShiftKind.DAY)).isEqualTo(Instant.parse("2030-06-01T09:30:00Z"));
        assertThat(hours.end(DAY, ShiftKind.NIGHT)).isEqualTo(Instant.parse("2030-06-02T00:30:00Z"));
    }

    @Test
    void theDayShiftMustStartBeforeTheNightShift() {
        assertThatThrownBy(() -> new ShiftHours(LocalTime.of(20, 0), LocalTime.of(8, 0), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
