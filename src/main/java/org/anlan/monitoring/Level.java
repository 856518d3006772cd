package org.anlan.monitoring;

/** Warning colours from lowest to highest (蓝 < 黄 < 橙 < 红); NONE when no threshold is reached. */
public enum Level {
    NONE, BLUE, YELLOW, ORANGE, RED;

    public boolean above(Level other) {
        return ordinal() > other.ordinal();
    }
}
