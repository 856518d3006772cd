package org.anlan.vessel.stream;

import java.time.Instant;

/**
 * One position fix of one vessel: degrees, speed over ground in knots and course over ground in degrees
 * ({@code NaN} when the source does not give them), and the time of the fix (for AIS: when it was received).
 */
public record Position(long mmsi, Instant time, double lat, double lon, double sog, double cog, Source source) {

    public enum Source { AIS, BEIDOU, OTHER }

    public Position {
        if (mmsi <= 0 || mmsi > 999_999_999L) {
            throw new IllegalArgumentException("MMSI must have at most 9 digits");
        }
        if (time == null || source == null) {
            throw new IllegalArgumentException("time and source required");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position out of range");
        }
        if (!Double.isNaN(sog) && !(sog >= 0 && sog <= 102.2)) {
            throw new IllegalArgumentException("speed over ground out of range");
        }
        if (!Double.isNaN(cog) && !(cog >= 0 && cog < 360)) {
            throw new IllegalArgumentException("course over ground out of range");
        }
    }

    public boolean hasMotion() {
        return !Double.isNaN(sog) && !Double.isNaN(cog);
    }
}
