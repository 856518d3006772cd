package org.anlan.monitoring;

import java.time.Duration;

/**
 * The value of a station a rule compares: a rolling sum of an accumulating kind, or the latest instantaneous
 * reading. {@code LATEST_WIND} rounds the latest speed to 0.1 m/s half-up before comparing (domain rule MW-04), so
 * that 13.85 m/s counts as 13.9 (level 7) rather than falling between the published ranges.
 */
public enum Metric {
    SUM_1H(0, Duration.ofHours(1)),
    SUM_3H(1, Duration.ofHours(3)),
    SUM_6H(2, Duration.ofHours(6)),
    SUM_12H(3, Duration.ofHours(12)),
    SUM_24H(4, Duration.ofHours(24)),
    LATEST(-1, null),
    LATEST_WIND(-1, null);

    private final int windowIndex;
    private final Duration window;

    Metric(int windowIndex, Duration window) {
        this.windowIndex = windowIndex;
        this.window = window;
    }

    /** Index into {@link RollingSums#WINDOW_MINUTES}, or -1 for an instantaneous value. */
    int windowIndex() {
        return windowIndex;
    }

    public Duration window() {
        return window;
    }

    public boolean rolling() {
        return windowIndex >= 0;
    }
}
