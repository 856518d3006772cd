package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Latency is measured from each item's scheduled time, so a slow item delays (and is charged to) those queued behind it. */
class PacedLatencyTest {

    /** A controllable clock: each read advances it by 1 µs, the work advances it by its cost. */
    private long now;

    @Test
    void queueingBehindASlowItemCountsAsLatency() {
        PacedLatency.Result result = PacedLatency.measure(100, 10_000, this::tick, i -> now += i == 50 ? 1_000_000 : 10_000);

        // Item 50 takes 1 ms; items 51..59 start late (each still inside that millisecond) and wait for it.
        assertThat(result.maxMillis()).isCloseTo(1.0, within(0.005));
        assertThat(result.p50Millis()).isCloseTo(0.01, within(0.005));
        assertThat(result.p99Millis()).isGreaterThan(0.5);
    }

    @Test
    void onScheduleItemsCostOnlyTheirWork() {
        PacedLatency.Result result = PacedLatency.measure(1000, 10_000, this::tick, i -> now += 20_000);

        assertThat(result.p99Millis()).isCloseTo(0.02, within(0.005));
    }

    private long tick() {
        now += 1_000;
        return now;
    }
}
