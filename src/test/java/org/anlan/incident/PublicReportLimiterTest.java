package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.Test;

class PublicReportLimiterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final PublicReportLimiter limiter = new PublicReportLimiter(clock, 3);

    @Test
    void aClientGetsItsQuotaPerMinuteAndNoMore() {
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another client has its own quota").isTrue();
    }

    @Test
    void theQuotaRefillsOverTheMinute() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }
}
