package org.anlan.duty;

import java.time.Clock;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shift hours ({@code anlan.duty.day-starts}, {@code anlan.duty.night-starts}) in the clock's zone. */
@Configuration(proxyBeanMethods = false)
class DutyConfiguration {

    @Bean
    ShiftHours shiftHours(@Value("${anlan.duty.day-starts:08:00}") String dayStarts,
                          @Value("${anlan.duty.night-starts:20:00}") String nightStarts, Clock clock) {
        return new ShiftHours(LocalTime.parse(dayStarts), LocalTime.parse(nightStarts), clock.getZone());
    }
}
