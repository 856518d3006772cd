package org.anlan.typhoon;

import java.time.Duration;

/**
 * 台风预警信号 (domain-rules §4.2): a colour is warranted when mean winds of its level are expected within its
 * window (or are blowing and may last). Gust criteria need gust data, which best tracks do not carry; they are
 * not used. A signal computed here is decision support (研判), never an official signal (MW-01).
 */
public enum TyphoonSignal {
    BLUE(6, Duration.ofHours(24)), YELLOW(8, Duration.ofHours(24)), ORANGE(10, Duration.ofHours(12)),
    RED(12, Duration.ofHours(6));

    private final int windLevel;
    private final Duration window;

    TyphoonSignal(int windLevel, Duration window) {
        this.windLevel = windLevel;
        this.window = window;
    }

    public int windLevel() {
        return windLevel;
    }

    public Duration window() {
        return window;
    }
}
