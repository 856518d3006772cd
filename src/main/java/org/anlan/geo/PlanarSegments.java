package org.anlan.geo;

/** Plane geometry of a point and a segment, for callers that keep coordinates in arrays or local frames. */
public final class PlanarSegments {

    private PlanarSegments() {
    }

    /**
     * Where the segment from (ax, ay) to (bx, by) comes closest to (px, py), as a fraction of the way from a to b
     * in [0, 1]; 0 for a segment of zero length.
     */
    public static double closestFactor(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        return lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
    }
}
