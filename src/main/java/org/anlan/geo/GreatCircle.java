package org.anlan.geo;

/** Great-circle distances on a spherical earth. */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0;

    /** The IUGG mean earth radius, used where a contract fixes it (evacuation costs). */
    public static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

    /** Kilometres per degree of latitude (and of longitude at the equator). */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180.0;

    private GreatCircle() {
    }

    /** Haversine distance in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a, b, EARTH_RADIUS_KM);
    }

    /** Haversine distance in kilometres on a sphere of the given radius. */
    public static double distanceKm(GeoPoint a, GeoPoint b, double radiusKm) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        return distanceKm(lat1, Math.cos(lat1), Math.toRadians(a.lon()), lat2, Math.cos(lat2), Math.toRadians(b.lon()),
                radiusKm);
    }

    /**
     * Haversine distance from positions in radians with their latitude cosines precomputed, for callers that
     * fill large distance matrices.
     */
    public static double distanceKm(double lat1Rad, double cosLat1, double lon1Rad, double lat2Rad, double cosLat2,
                                    double lon2Rad, double radiusKm) {
        double h = haversine(lat2Rad - lat1Rad) + cosLat1 * cosLat2 * haversine(lon2Rad - lon1Rad);
        return 2.0 * radiusKm * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }

    static double haversine(double angleRad) {
        double s = Math.sin(angleRad / 2.0);
        return s * s;
    }
}
