package org.anlan.vessel.fence;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anlan.geo.Geometries;
import org.anlan.geo.GreatCircle;
import org.anlan.vessel.VesselKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * One fence: an area in lon/lat (x = lon, y = lat), what it marks, its rules and the vessel kinds it applies to.
 * A point on the boundary is inside (JTS {@code covers}). Circles are kept as their centre and radius and
 * indexed as a {@value #CIRCLE_SEGMENTS}-gon inscribed in the circle on a spherical earth.
 *
 * @param area      a valid, non-empty Polygon or MultiPolygon
 * @param circle    the circle the area was made from, or null for a drawn/imported polygon
 * @param appliesTo the vessel kinds the rules apply to; empty means every kind
 */
public record Fence(String id, String name, FenceKind kind, Geometry area, Circle circle, List<FenceRule> rules,
        Set<VesselKind> appliesTo) {

    public static final int CIRCLE_SEGMENTS = 72;

    /** Centre in degrees, radius in metres. */
    public record Circle(double lat, double lon, double radiusMetres) {
        public Circle {
            if (!(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("circle centre out of range");
            }
            if (!(radiusMetres > 0 && radiusMetres <= 500_000)) {
                throw new IllegalArgumentException("circle radius must be between 0 and 500 km");
            }
        }
    }

    public Fence {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("fence id required");
        }
        if (kind == null || area == null || area.isEmpty()
                || !(area instanceof Polygon || area instanceof MultiPolygon)) {
            throw new IllegalArgumentException("fence " + id + ": a non-empty Polygon or MultiPolygon is required");
        }
        if (!area.isValid()) {
            throw new IllegalArgumentException("fence " + id + ": polygon is not valid (self-intersecting?)");
        }
        name = name == null ? id : name;
        rules = List.copyOf(rules);
        appliesTo = appliesTo.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(appliesTo));
    }

    public static Fence polygon(String id, String name, FenceKind kind, Geometry area, List<FenceRule> rules,
            Set<VesselKind> appliesTo) {
        return new Fence(id, name, kind, area, null, rules, appliesTo);
    }

    public static Fence circle(String id, String name, FenceKind kind, Circle circle, List<FenceRule> rules,
            Set<VesselKind> appliesTo) {
        return new Fence(id, name, kind, circlePolygon(circle), circle, rules, appliesTo);
    }

    public boolean appliesTo(VesselKind vesselKind) {
        return appliesTo.isEmpty() || appliesTo.contains(vesselKind);
    }

    static Polygon circlePolygon(Circle circle) {
        double angular = circle.radiusMetres() / 1000 / GreatCircle.EARTH_RADIUS_KM;
        double lat0 = Math.toRadians(circle.lat());
        double lon0 = Math.toRadians(circle.lon());
        Coordinate[] ring = new Coordinate[CIRCLE_SEGMENTS + 1];
        for (int i = 0; i < CIRCLE_SEGMENTS; i++) {
            double bearing = 2 * Math.PI * i / CIRCLE_SEGMENTS;
            double lat = Math.asin(Math.sin(lat0) * Math.cos(angular)
                    + Math.cos(lat0) * Math.sin(angular) * Math.cos(bearing));
            double lon = lon0 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat0),
                    Math.cos(angular) - Math.sin(lat0) * Math.sin(lat));
            ring[i] = new Coordinate(Math.toDegrees(lon), Math.toDegrees(lat));
        }
        ring[CIRCLE_SEGMENTS] = ring[0].copy();
        return Geometries.FACTORY.createPolygon(ring);
    }
}
