package org.anlan.cli;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Offers work item i at its scheduled time start + i/rate (read from a nanosecond clock, waiting by spinning) and
 * measures from that scheduled time to the end of its processing, so time spent queued behind a slow item counts
 * (no coordinated omission).
 */
final class PacedLatency {

    record Result(double p50Millis, double p99Millis, double maxMillis) {
    }

    private PacedLatency() {
    }

    static Result measure(int count, int perSecond, LongSupplier nanoClock, IntConsumer work) {
        long[] latencies = new long[count];
        long interval = 1_000_000_000L / perSecond;
        long start = nanoClock.getAsLong();
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            while (nanoClock.getAsLong() < scheduled) {
                Thread.onSpinWait();
            }
            work.accept(i);
            latencies[i] = nanoClock.getAsLong() - scheduled;
        }
        Arrays.sort(latencies);
        return new Result(millis(latencies, 0.50), millis(latencies, 0.99), latencies[count - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
