package org.anlan.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

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
        if (geometry.covers(point(p))) {
            return 0.0;
        }
        return distanceKmToNearestVertexOrEdge(p, geometry);
    }

    /**
     * {@link #distanceKm} for a point already known not to be covered by the geometry (a located point at sea, say):
     * the haversine distance to the nearest point of its edges and isolated points, found in the same local frame.
     * One pass over the coordinates, without the copy and the generic distance operation that cost a report at sea
     * several times the rest of its placement.
     */
    public static double distanceKmToNearestVertexOrEdge(GeoPoint p, Geometry geometry) {
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("distance to an empty geometry is undefined");
        }
        var nearest = new NearestInScaledFrame(p);
        geometry.apply((GeometryComponentFilter) component -> {
            if (component instanceof LineString line) {
                nearest.consider(line.getCoordinateSequence());
            } else if (component instanceof Point point && !point.isEmpty()) {
                nearest.consider(point.getCoordinateSequence());
            }
        });
        double lon = Math.max(-180.0, Math.min(180.0, nearest.x / nearest.cos));
        double lat = Math.max(-90.0, Math.min(90.0, nearest.y));
        return GreatCircle.distanceKm(p, new GeoPoint(lat, lon));
    }

    /**
     * The nearest point to p among segments and points, in a frame where longitudes are scaled by cos(lat of p)
     * (so east-west and north-south offsets weigh alike), as JTS's {@code DistanceOp} finds it on a scaled copy.
     */
    private static final class NearestInScaledFrame {
        final double cos;
        final double px;
        final double py;
        double bestSquared = Double.POSITIVE_INFINITY;
        double x;
        double y;

        NearestInScaledFrame(GeoPoint p) {
            cos = Math.max(Math.cos(Math.toRadians(p.lat())), 1e-9);
            px = cos * p.lon();
            py = p.lat();
        }

        void consider(CoordinateSequence sequence) {
            int n = sequence.size();
            if (n == 0) {
                return;
            }
            double ax = cos * sequence.getX(0);
            double ay = sequence.getY(0);
            if (n == 1) {
                offer(ax, ay);
                return;
            }
            for (int i = 1; i < n; i++) {
                double bx = cos * sequence.getX(i);
                double by = sequence.getY(i);
                double t = PlanarSegments.closestFactor(px, py, ax, ay, bx, by);
                if (t == 0) {
                    offer(ax, ay);
                } else if (t == 1) {
                    offer(bx, by);
                } else {
                    offer(ax + t * (bx - ax), ay + t * (by - ay));
                }
                ax = bx;
                ay = by;
            }
        }

        private void offer(double cx, double cy) {
            double dx = cx - px;
            double dy = cy - py;
            double squared = dx * dx + dy * dy;
            if (squared < bestSquared) {
                bestSquared = squared;
                x = cx;
                y = cy;
            }
        }
    }
}
