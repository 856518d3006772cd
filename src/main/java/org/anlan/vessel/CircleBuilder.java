package org.anlan.vessel;

import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.geo.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** A circle on the sea as a lon/lat polygon (64 vertices), for drawn circular fences and approximate harbour areas. */
final class CircleBuilder {

    private static final int SEGMENTS = 64;
    static final double MAX_RADIUS_KM = 500;

    private CircleBuilder() {
    }

    static Polygon circle(GeoPoint centre, double radiusKm) {
        if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
            throw new IllegalArgumentException("radius must be in (0, " + MAX_RADIUS_KM + "] km");
        }
        double dLat = radiusKm / GreatCircle.KM_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(centre.lat()));
        Coordinate[] ring = new Coordinate[SEGMENTS + 1];
        for (int i = 0; i < SEGMENTS; i++) {
            double angle = 2 * Math.PI * i / SEGMENTS;
            ring[i] = new Coordinate(centre.lon() + dLon * Math.sin(angle), centre.lat() + dLat * Math.cos(angle));
        }
        ring[SEGMENTS] = ring[0];
        return Geometries.FACTORY.createPolygon(ring);
    }
}
