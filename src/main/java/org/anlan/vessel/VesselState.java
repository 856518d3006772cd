package org.anlan.vessel;

/** A vessel's position (degrees) and motion over ground (knots, degrees clockwise from true north). */
public record VesselState(double lat, double lon, double sog, double cog) {

    public VesselState {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position out of range (AIS 'not available' values are excluded)");
        }
        if (!(sog >= 0 && sog < 102.2) || !(cog >= 0 && cog < 360)) {
            throw new IllegalArgumentException("speed 0-102.1 kn and course 0-359.9° required");
        }
    }
}
