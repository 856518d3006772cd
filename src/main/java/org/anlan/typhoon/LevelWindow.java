package org.anlan.typhoon;

import java.time.Instant;

/**
 * When a place is inside a wind level's circle: first and last sampled time inside (step resolution); both null
 * when it never is.
 */
public record LevelWindow(int level, Instant enter, Instant exit) {

    public boolean reached() {
        return enter != null;
    }
}
