package org.anlan.typhoon;

import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The area within a wind level's circle as a JTS polygon (x = lon, y = lat, WGS84, SRID 4326): the radius in each
 * of {@value #DIRECTIONS} directions laid out on the sphere from the centre. Empty when the level is not reached.
 */
public final class WindAreaBuilder {

    static final int DIRECTIONS = 72;
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private WindAreaBuilder() {
    }

    public static Geometry windArea(TrackFix fix, int level) {
        return windArea(fix, level, 0.0);
    }

    /** The wind area widened by {@code bufferKm} in every direction where the level is reached (MW-07 buffer). */
    public static Geometry windArea(TrackFix fix, int level, double bufferKm) {
        WindField field = WindField.of(fix);
        double threshold = WindScale.lowerBoundMs(level);
        Coordinate[] ring = new Coordinate[DIRECTIONS + 1];
        boolean reached = false;
        for (int i = 0; i < DIRECTIONS; i++) {
            double bearing = 360.0 * i / DIRECTIONS;
            double radius = field.radiusKm(threshold, bearing);
            reached |= radius > 0.0;
            ring[i] = destination(fix.centre(), bearing, radius > 0.0 ? radius + bufferKm : 0.0).toCoordinate();
        }
        if (!reached) {
            return empty();
        }
        ring[DIRECTIONS] = ring[0].copy();
        return GEOMETRY.createPolygon(ring);
    }

    public static Geometry empty() {
        return GEOMETRY.createPolygon();
    }

    /** The point {@code km} from {@code start} along the initial {@code bearingDeg} on the sphere. */
    static GeoPoint destination(GeoPoint start, double bearingDeg, double km) {
        double delta = km / GreatCircle.EARTH_RADIUS_KM;
        double theta = Math.toRadians(bearingDeg);
        double lat1 = Math.toRadians(start.lat());
        double lon1 = Math.toRadians(start.lon());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(delta) + Math.cos(lat1) * Math.sin(delta) * Math.cos(theta));
        double lon2 = lon1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(lat1),
                Math.cos(delta) - Math.sin(lat1) * Math.sin(lat2));
        double lon = (Math.toDegrees(lon2) + 540.0) % 360.0 - 180.0;
        return new GeoPoint(Math.toDegrees(lat2), lon);
    }
}
