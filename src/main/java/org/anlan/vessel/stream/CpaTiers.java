package org.anlan.vessel.stream;

import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.CpaThresholds;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselState;

/**
 * A watched pair's collision tier, always the one {@link CollisionRisk#cpa} and the thresholds give, computed as
 * cheaply as that allows: first in the local flat plane ({@link #flatLevel}), which settles a pair unless a value
 * lies within the flat plane's error of a limit; then with {@link CollisionRisk}'s own azimuthal-equidistant
 * plane evaluated by short series instead of library trigonometry ({@link #preciseLevel}), which settles every pair
 * not within a billionth of a mile of a limit; and only then by {@link CollisionRisk} itself. Both tracks must
 * hold motion, their velocity and {@code cosLat} set for their current fix.
 */
final class CpaTiers {

    /** One arc minute of latitude is one nautical mile, as in {@link CollisionRisk}. */
    static final double EARTH_RADIUS_NM = 60 * 180 / Math.PI;
    /** The largest speed {@link VesselState} accepts (AIS 102.2 means "102.2 knots or more"). */
    static final double MAX_SOG = 102.1;

    private static final double INVERSE_EARTH_RADIUS_NM = 1 / EARTH_RADIUS_NM;
    /** The relative margin of {@link #clearlyNone}'s bounds, far above any rounding. */
    private static final double SAFE = 1 + 1e-6;
    private static final RiskLevel[] TIERS = {RiskLevel.ALARM, RiskLevel.WARNING, RiskLevel.ATTENTION};
    /**
     * Bound on the distance between the series' plane position and {@link CollisionRisk}'s, in miles: both are
     * within a few units in the last place of a few miles (about 1e-15 nm, and CollisionRisk's bearing, from a
     * difference of nearly equal products, within about 1e-12 nm), so this leaves a thousandfold margin.
     */
    private static final double PRECISE_POSITION_ERROR = 1e-9;
    /** Angles (radians) below which the series are exact to double precision; larger offsets go to CollisionRisk. */
    private static final double SERIES_LIMIT = 0.01;

    private final CpaThresholds thresholds;
    private final double[] cpaLimits = new double[3];
    private final double[] tcpaLimits = new double[3];
    /** The largest CPA and TCPA limit of any tier: beyond either no tier applies. */
    private final double widestCpa;
    private final double longestTcpa;
    private long exactComputations;

    CpaTiers(CpaThresholds thresholds) {
        this.thresholds = thresholds;
        CpaThresholds.Limit[] limits = {thresholds.alarm(), thresholds.warning(), thresholds.attention()};
        for (int tier = 0; tier < 3; tier++) {
            cpaLimits[tier] = limits[tier].cpaNm();
            tcpaLimits[tier] = limits[tier].tcpaMin();
        }
        widestCpa = Math.max(cpaLimits[0], Math.max(cpaLimits[1], cpaLimits[2]));
        longestTcpa = Math.max(tcpaLimits[0], Math.max(tcpaLimits[1], tcpaLimits[2]));
    }

    /** The exact tier of the pair, by the cheapest stage that settles it. */
    RiskLevel level(Track own, Track other) {
        RiskLevel level = preciseLevel(own, other);
        return level != null ? level : exactLevel(own, other);
    }

    RiskLevel exactLevel(Track own, Track other) {
        exactComputations++;
        return thresholds.classify(CollisionRisk.cpa(state(own), state(other)));
    }

    /** How often the pair had to be settled by {@link CollisionRisk} itself (for tests). */
    long exactComputations() {
        return exactComputations;
    }

    /** {@link #flatLevel(Track, double, double, double, double)} of two tracks. */
    RiskLevel flatLevel(Track own, Track other) {
        return flatLevel(own, (other.lon - own.lon) * 60 * own.cosLat, (other.lat - own.lat) * 60, other.east,
                other.north);
    }

    /**
     * The tier from CPA/TCPA in the local flat plane at the own vessel's latitude, the other vessel (x, y) nm away
     * and moving (east, north) knots, when every tier limit is clearly met or clearly missed, or null when a value
     * lies within the flat approximation's error bound of a limit. The flat positions differ from
     * {@link CollisionRisk}'s azimuthal plane by about d²·tan(lat)/R (d the distance, R the earth radius in miles);
     * the bound used is ten times that plus a thousandth of a mile, so a decided tier is the exact one.
     */
    RiskLevel flatLevel(Track own, double x, double y, double east, double north) {
        return flatLevel(own.east, own.north, own.tanLatPlusOne, x, y, east, north);
    }

    /** {@link #flatLevel(Track, double, double, double, double)} of the own vessel's velocity and latitude. */
    RiskLevel flatLevel(double ownEast, double ownNorth, double ownTanLatPlusOne, double x, double y, double east,
            double north) {
        double vx = east - ownEast;
        double vy = north - ownNorth;
        double speedSquared = vx * vx + vy * vy;
        if (speedSquared < 1e-4) {
            return null;
        }
        double distanceSquared = x * x + y * y;
        double approach = x * vx + y * vy;
        double positionError = 10 * distanceSquared * ownTanLatPlusOne / EARTH_RADIUS_NM + 0.001;
        double cpaError = 2 * positionError;
        double tcpaError = 60 * 2 * positionError / Math.sqrt(speedSquared) + 0.01;
        double hours = -approach / speedSquared;
        double tcpa = hours * 60;
        // CPA² = d² − (r·v)²/|v|²: most pairs clear every tier's limits by far, and need neither root nor tiers.
        double cpaSquared = distanceSquared + approach * hours;
        double widest = widestCpa + cpaError;
        if (tcpa < -tcpaError || tcpa > longestTcpa + tcpaError || cpaSquared > widest * widest * (1 + 1e-9)) {
            return RiskLevel.NONE;
        }
        double cx = x + vx * hours;
        double cy = y + vy * hours;
        return level(Math.sqrt(cx * cx + cy * cy), tcpa, cpaError, tcpaError);
    }

    /**
     * True only when {@link #flatLevel(double, double, double, double, double, double, double)} of the same values
     * is NONE, by tests implying its own without division or root (√s ≤ (s + 1)/2, margins of a millionth); false
     * tells nothing. Most pairs within the radius are clear of every tier, and this is the cheap way to see it.
     */
    boolean clearlyNone(double ownEast, double ownNorth, double ownTanLatPlusOne, double x, double y, double east,
            double north) {
        double vx = east - ownEast;
        double vy = north - ownNorth;
        double speedSquared = vx * vx + vy * vy;
        if (!(speedSquared >= 1e-4)) {
            return false;
        }
        double distanceSquared = x * x + y * y;
        double approach = x * vx + y * vy;
        double positionError = (10 * distanceSquared * ownTanLatPlusOne * INVERSE_EARTH_RADIUS_NM + 0.001) * SAFE;
        // 120·error·√s, bounded above: the TCPA error (60·2·error/√s + 0.01) times s, less its 0.01·s.
        double tcpaErrorTimesSpeedSquared = 120 * positionError * (speedSquared + 1) * 0.5;
        if (60 * approach > (tcpaErrorTimesSpeedSquared + 0.01 * speedSquared) * SAFE) {
            return true; // TCPA clearly below minus its error
        }
        if (-60 * approach > ((longestTcpa + 0.01) * speedSquared + tcpaErrorTimesSpeedSquared) * SAFE) {
            return true; // TCPA clearly beyond the longest limit plus its error
        }
        double widest = widestCpa + 2 * positionError;
        // CPA² · s = d²·s − (r·v)²: clearly beyond the widest limit plus its error, rounding included.
        return distanceSquared * speedSquared - approach * approach
                > widest * widest * speedSquared * SAFE + 1e-12 * distanceSquared * speedSquared;
    }

    /**
     * The tier from CPA/TCPA in {@link CollisionRisk}'s plane (azimuthal equidistant around the own vessel: exact
     * distance and bearing), with the trigonometry of the small angle differences as series, or null when a
     * value lies within {@link #PRECISE_POSITION_ERROR} of a limit or the offset is too large for the series.
     * The bearing's north component uses cos φ1·sin φ2 − sin φ1·cos φ2·cos Δλ
     * = sin Δφ + 2·sin φ1·cos φ2·sin²(Δλ/2), which has no cancellation.
     */
    RiskLevel preciseLevel(Track own, Track other) {
        return preciseLevel(own, other, Math.sin(Math.toRadians(own.lat)));
    }

    /** {@link #preciseLevel(Track, Track)} given the sine of the own vessel's latitude. */
    RiskLevel preciseLevel(Track own, Track other, double sinOwnLat) {
        if (own.sog > MAX_SOG || other.sog > MAX_SOG) {
            return null;
        }
        double phi1 = Math.toRadians(own.lat);
        double dPhi = Math.toRadians(other.lat) - phi1;
        double dLambda = Math.toRadians(other.lon - own.lon);
        if (!(Math.abs(dPhi) < SERIES_LIMIT && Math.abs(dLambda) < SERIES_LIMIT)) {
            return null;
        }
        double vx = other.east - own.east;
        double vy = other.north - own.north;
        double speedSquared = vx * vx + vy * vy;
        if (speedSquared < 1e-4) {
            return null;
        }
        double sinHalfPhi = sin(dPhi / 2);
        double sinHalfLambda = sin(dLambda / 2);
        double a = sinHalfPhi * sinHalfPhi + own.cosLat * other.cosLat * sinHalfLambda * sinHalfLambda;
        double x = 0;
        double y = 0;
        if (a > 0) {
            double distance = 2 * EARTH_RADIUS_NM * asin(Math.sqrt(a));
            double east = sin(dLambda) * other.cosLat;
            double north = sin(dPhi) + 2 * sinOwnLat * other.cosLat * sinHalfLambda * sinHalfLambda;
            double scale = distance / Math.sqrt(east * east + north * north);
            x = east * scale;
            y = north * scale;
        }
        double hours = -(x * vx + y * vy) / speedSquared;
        double cx = x + vx * hours;
        double cy = y + vy * hours;
        return level(Math.sqrt(cx * cx + cy * cy), hours * 60, 2 * PRECISE_POSITION_ERROR,
                60 * 2 * PRECISE_POSITION_ERROR / Math.sqrt(speedSquared) + 1e-9);
    }

    /**
     * The tier of CPA/TCPA values known within ± the errors (a tier applies iff CPA ≤ its distance and
     * 0 ≤ TCPA ≤ its time, as {@link CpaThresholds}), or null when a value is too close to a limit to tell.
     */
    private RiskLevel level(double cpa, double tcpa, double cpaError, double tcpaError) {
        RiskLevel level = RiskLevel.NONE;
        for (int tier = 0; tier < 3; tier++) {
            double cpaLimit = cpaLimits[tier];
            double tcpaLimit = tcpaLimits[tier];
            if (cpa > cpaLimit + cpaError || tcpa < -tcpaError || tcpa > tcpaLimit + tcpaError) {
                continue;
            }
            if (!(cpa < cpaLimit - cpaError && tcpa > tcpaError && tcpa < tcpaLimit - tcpaError)) {
                return null;
            }
            if (level == RiskLevel.NONE) {
                level = TIERS[tier];
            }
        }
        return level;
    }

    static VesselState state(Track track) {
        return new VesselState(track.lat, track.lon, Math.min(track.sog, MAX_SOG), track.cog);
    }

    /** sin z for |z| < 0.01: the first omitted term is below 1e-21 of z. */
    private static double sin(double z) {
        double z2 = z * z;
        return z * (1 - z2 / 6 * (1 - z2 / 20 * (1 - z2 / 42)));
    }

    /** asin u for 0 ≤ u < 0.01: the first omitted term is below 1e-17 of u. */
    private static double asin(double u) {
        double u2 = u * u;
        return u * (1 + u2 * (1.0 / 6 + u2 * (3.0 / 40 + u2 * (5.0 / 112))));
    }
}
