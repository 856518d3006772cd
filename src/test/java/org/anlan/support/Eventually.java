package org.anlan.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for a condition that asynchronous work (an event listener after commit) makes true: checks it until
 * it holds or a generous deadline passes. The deadline only bounds a failing test; a passing one returns as soon
 * as the work is done.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + deadline + "; last value: " + value);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            value = probe.get();
        }
        return value;
    }
}
