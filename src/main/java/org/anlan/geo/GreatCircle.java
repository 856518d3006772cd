package org.anlan.geo;

/** Great-circle distances on a spherical earth. */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0;

    /** Kilometres per degree of latitude (and of longitude at the equator). */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180.0;

    private GreatCircle() {
    }

    /** Haversine distance in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = haversine(dLat) + Math.cos(lat1) * Math.cos(lat2) * haversine(dLon);
        return 2.0 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }

    static double haversine(double angleRad) {
        double s = Math.sin(angleRad / 2.0);
        return s * s;
    }
}
