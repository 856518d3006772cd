package org.anlan.typhoon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The impact of one track on the county: per township and for the county centre.
 *
 * @param windModel how the wind circles were obtained: RADII, HOLLAND, or MIXED when both were used
 */
public record TrackImpact(String agency, String number, String name, int fixCount, Integer minPressureHpa,
                          Instant start, Instant end, Duration step, String windModel, PlaceImpact countyCentre,
                          List<PlaceImpact> townships) {

    public TrackImpact {
        townships = List.copyOf(townships);
    }
}
