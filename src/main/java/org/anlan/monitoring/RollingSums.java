package org.anlan.monitoring;

import java.util.Arrays;

/**
 * Rolling 1/3/6/12/24 h sums of one station, kept current as readings arrive: a ring of 1440 one-minute buckets and
 * one running sum per window. A reading adds its amount to its minute's bucket and to every window that covers it;
 * when the newest minute moves forward, the buckets leaving each window are subtracted once. A reading costs
 * O(windows), amortised, whatever its order: a late reading still inside 24 h lands in its own minute and in exactly
 * the windows that cover that minute. Windows are whole minutes: the 3 h sum at minute M covers readings observed in
 * minutes (M−180, M]. Not thread-safe; the owner serialises access.
 */
final class RollingSums {

    static final int[] WINDOW_MINUTES = {60, 180, 360, 720, 1440};
    static final int SPAN = 1440;
    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] buckets = new long[SPAN];
    private final long[] sums = new long[WINDOW_MINUTES.length];
    private long head = EMPTY;

    /** Adds an amount observed in the given epoch minute; false when it is older than the 24 h window (not counted). */
    boolean add(long minute, long amount) {
        if (head == EMPTY) {
            head = minute;
        } else if (minute > head) {
            advanceTo(minute);
        }
        long age = head - minute;
        if (age >= SPAN) {
            return false;
        }
        buckets[index(minute)] += amount;
        for (int i = 0; i < sums.length; i++) {
            if (age < WINDOW_MINUTES[i]) {
                sums[i] += amount;
            }
        }
        return true;
    }

    /** Moves the newest minute forward (time passing without readings); earlier minutes leave their windows. */
    void advanceTo(long minute) {
        if (head == EMPTY || minute <= head) {
            return;
        }
        if (minute - head >= SPAN) {
            Arrays.fill(buckets, 0);
            Arrays.fill(sums, 0);
            head = minute;
            return;
        }
        for (int i = 0; i < sums.length; i++) {
            int w = WINDOW_MINUTES[i];
            long last = Math.min(minute - w, head);
            for (long m = head - w + 1; m <= last; m++) {
                sums[i] -= buckets[index(m)];
            }
        }
        for (long m = head + 1; m <= minute; m++) {
            buckets[index(m)] = 0;
        }
        head = minute;
    }

    long sum(int windowIndex) {
        return sums[windowIndex];
    }

    /** The live array of window sums, indexed like {@link #WINDOW_MINUTES}; callers must not change it. */
    long[] sumsView() {
        return sums;
    }

    long head() {
        return head;
    }

    boolean empty() {
        return head == EMPTY;
    }

    /** The amounts of the last {@code minutes} minutes up to the newest, oldest first (for charts). */
    long[] lastMinutes(int minutes) {
        long[] out = new long[Math.min(minutes, SPAN)];
        if (head == EMPTY) {
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = buckets[index(head - out.length + 1 + i)];
        }
        return out;
    }

    private static int index(long minute) {
        return (int) Math.floorMod(minute, SPAN);
    }
}
