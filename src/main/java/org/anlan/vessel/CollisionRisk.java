package org.anlan.vessel;

import java.util.OptionalDouble;

/** CPA/TCPA between two vessels (domain-rules §5.1) in a local tangent plane centred on the first. */
public final class CollisionRisk {

    /** One arc minute of latitude is one nautical mile on this sphere, as CR-01's factor 60 assumes. */
    private static final double EARTH_RADIUS_NM = 60 * 180 / Math.PI;
    private static final double SAME_VELOCITY = 1e-9;

    private CollisionRisk() {
    }

    public static Cpa cpa(VesselState own, VesselState target) {
        double[] r = azimuthalEquidistant(own, target);
        return cpaInPlane(r[0], r[1], own.sog(), own.cog(), target.sog(), target.cog());
    }

    /** CPA with the target at (x east, y north) nm from own ship. */
    static Cpa cpaInPlane(double x, double y, double ownSog, double ownCog, double targetSog, double targetCog) {
        double vx = targetSog * sin(targetCog) - ownSog * sin(ownCog);
        double vy = targetSog * cos(targetCog) - ownSog * cos(ownCog);
        double speedSquared = vx * vx + vy * vy;
        if (speedSquared < SAME_VELOCITY) {
            return new Cpa(Math.hypot(x, y), OptionalDouble.empty());
        }
        double hours = -(x * vx + y * vy) / speedSquared;
        return new Cpa(Math.hypot(x + vx * hours, y + vy * hours), OptionalDouble.of(hours * 60));
    }

    /**
     * Target position in an azimuthal equidistant plane around own ship: exact distances and bearings from own
     * ship, so unlike CR-01's flat approximation it stays right beyond 20 nm.
     */
    private static double[] azimuthalEquidistant(VesselState own, VesselState target) {
        double lat1 = Math.toRadians(own.lat());
        double lat2 = Math.toRadians(target.lat());
        double dLon = Math.toRadians(target.lon() - own.lon());
        double a = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        double distance = 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(a)));
        double bearing = Math.atan2(Math.sin(dLon) * Math.cos(lat2),
                Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon));
        return new double[] {distance * Math.sin(bearing), distance * Math.cos(bearing)};
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
