package org.anlan.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Shared geometry factory and small helpers on lon/lat geometries. */
public final class Geometries {

    public static final int SRID_WGS84 = 4326;

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID_WGS84);

    private Geometries() {
    }

    public static GeometryFactory factory() {
        return FACTORY;
    }

    public static Point point(GeoPoint p) {
        return FACTORY.createPoint(p.toCoordinate());
    }

    /** Parses WKT (x = lon, y = lat); throws IllegalArgumentException when it is not valid WKT. */
    public static Geometry fromWkt(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid WKT: " + e.getMessage(), e);
        }
    }

    public static String toWkt(Geometry geometry) {
        return new WKTWriter().write(geometry);
    }

    /**
     * Approximate area in km². Planar approximation: the geometry is projected with an equirectangular
     * projection centred on its centroid's latitude φ0 (x = R·λ·cos φ0, y = R·φ), so one square degree counts
     * as KM_PER_DEGREE² · cos φ0. Good to well under 1% for county-sized shapes at mid latitudes; not meant
     * for continent-sized ones.
     */
    public static double areaKm2(Geometry geometry) {
        if (geometry.isEmpty()) {
            return 0.0;
        }
        double lat0 = geometry.getCentroid().getY();
        double cos = Math.cos(Math.toRadians(lat0));
        return geometry.getArea() * GreatCircle.KM_PER_DEGREE * GreatCircle.KM_PER_DEGREE * cos;
    }

    /**
     * Distance in km from a point to a geometry: 0 when the point is inside or on it, otherwise the haversine
     * distance to the nearest point of the geometry. The nearest point is chosen in a local frame where
     * longitudes are scaled by cos(lat of the query point), so that east-west and north-south offsets weigh alike.
     */
    public static double distanceKm(GeoPoint p, Geometry geometry) {
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("distance to an empty geometry is undefined");
        }
        Point point = point(p);
        if (geometry.covers(point)) {
            return 0.0;
        }
        double cos = Math.max(Math.cos(Math.toRadians(p.lat())), 1e-9);
        AffineTransformation scale = AffineTransformation.scaleInstance(cos, 1.0);
        Geometry scaledGeometry = scale.transform(geometry);
        Geometry scaledPoint = scale.transform(point);
        Coordinate nearest = DistanceOp.nearestPoints(scaledGeometry, scaledPoint)[0];
        double lon = Math.max(-180.0, Math.min(180.0, nearest.getX() / cos));
        double lat = Math.max(-90.0, Math.min(90.0, nearest.getY()));
        return GreatCircle.distanceKm(p, new GeoPoint(lat, lon));
    }
}
