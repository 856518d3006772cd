package org.anlan.typhoon;

/**
 * A wind radius as JMA's best track gives it: the radius of winds of at least {@code thresholdKnots}, its longest
 * extent with the direction of that extent, and its shortest extent. A zero radius says explicitly that winds of
 * that strength were absent.
 *
 * @param longestDirection compass direction of the longest radius, null when the circle is symmetric
 */
public record WindRadius(int thresholdKnots, CompassDirection longestDirection, int longestNm, int shortestNm) {

    public static final double KM_PER_NM = 1.852;
    public static final double MS_PER_KNOT = 1852.0 / 3600.0;

    public WindRadius {
        if (thresholdKnots <= 0 || longestNm < 0 || shortestNm < 0 || shortestNm > longestNm) {
            throw new IllegalArgumentException("invalid wind radius " + thresholdKnots + " kt " + longestNm + "/" + shortestNm);
        }
    }

    public double thresholdMs() {
        return thresholdKnots * MS_PER_KNOT;
    }

    public boolean absent() {
        return longestNm == 0;
    }

    /**
     * Radius in km towards {@code bearingDeg}: the longest extent in its direction, the shortest in the opposite
     * one, and a cosine blend between (the bulletin gives two extents only; this is the smoothest shape through both).
     */
    public double radiusKm(double bearingDeg) {
        if (longestDirection == null || longestNm == shortestNm) {
            return longestNm * KM_PER_NM;
        }
        double towardsLongest = Math.cos(Math.toRadians(bearingDeg - longestDirection.bearingDeg()));
        double mean = (longestNm + shortestNm) / 2.0;
        double half = (longestNm - shortestNm) / 2.0;
        return (mean + half * towardsLongest) * KM_PER_NM;
    }
}
