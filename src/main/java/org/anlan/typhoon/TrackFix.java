package org.anlan.typhoon;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.anlan.geo.GeoPoint;

/**
 * One analysed (or forecast) position of a tropical cyclone.
 *
 * @param time        UTC
 * @param centre      centre position
 * @param pressureHpa central pressure, null when not given
 * @param maxWindMs   maximum sustained wind in m/s as the agency gives it (CMA: 2-min mean; JMA: 10-min mean
 *                    converted from knots), null when not given (JMA writes 000 for depressions)
 * @param grade       the agency's own intensity code (CMA 0–6/9, JMA 2–9), kept as text
 * @param radii       wind radii the agency gives for this fix (JMA: 50 kt and 30 kt), empty when none
 */
public record TrackFix(Instant time, GeoPoint centre, Integer pressureHpa, Double maxWindMs, String grade,
                       List<WindRadius> radii) {

    public TrackFix {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(centre, "centre");
        radii = radii == null ? List.of() : List.copyOf(radii);
    }

    public boolean hasRadii() {
        return !radii.isEmpty();
    }
}
