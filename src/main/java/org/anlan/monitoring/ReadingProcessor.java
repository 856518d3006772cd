package org.anlan.monitoring;

import java.util.function.Consumer;

/** Folds checked readings into a station's current values and grades them against the rules. */
public interface ReadingProcessor {

    /** Applies one reading; crossings (new levels or upgrades) go to the sink. False when the station is unknown. */
    boolean apply(Reading reading, Consumer<Crossing> sink);

    /** Applies readings {@code from} (inclusive) to {@code to} (exclusive) in order; returns how many were known. */
    default int applyAll(Reading[] readings, int from, int to, Consumer<Crossing> sink) {
        int known = 0;
        for (int i = from; i < to; i++) {
            if (apply(readings[i], sink)) {
                known++;
            }
        }
        return known;
    }

    /** The station's rolling sums (hundredths) of the 1/3/6/12/24 h windows, empty for an unknown station. */
    long[] sums(String stationId);

    /** The station's current level of a hazard (NONE when not graded). */
    Level level(String stationId, Hazard hazard);
}
