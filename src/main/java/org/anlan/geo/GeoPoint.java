package org.anlan.geo;

import org.locationtech.jts.geom.Coordinate;

/** A WGS84-like position in degrees. JTS convention: x = lon, y = lat. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90.0 || lat > 90.0) {
            throw new IllegalArgumentException("latitude must be a finite number in [-90, 90], got " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180.0 || lon > 180.0) {
            throw new IllegalArgumentException("longitude must be a finite number in [-180, 180], got " + lon);
        }
    }

    public Coordinate toCoordinate() {
        return new Coordinate(lon, lat);
    }

    public static GeoPoint of(Coordinate c) {
        return new GeoPoint(c.getY(), c.getX());
    }
}
