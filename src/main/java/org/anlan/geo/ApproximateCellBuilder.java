package org.anlan.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Approximate "township cells" for use before real boundaries exist: the Voronoi cell of each seat, cut to the
 * union of discs of radius r around all seats. The Voronoi diagram is computed in a frame where longitudes are
 * scaled by cos(mean latitude), so cell edges are (close to) true perpendicular bisectors on the ground.
 */
public final class ApproximateCellBuilder {

    public static final int DEFAULT_DISC_SEGMENTS = 32;

    private final int discSegments;

    public ApproximateCellBuilder() {
        this(DEFAULT_DISC_SEGMENTS);
    }

    public ApproximateCellBuilder(int discSegments) {
        if (discSegments < 8) {
            throw new IllegalArgumentException("discSegments must be at least 8");
        }
        this.discSegments = discSegments;
    }

    /** Cells keyed like {@code seats}, each a valid Polygon or MultiPolygon containing its own seat. */
    public <K> Map<K, Geometry> build(Map<K, GeoPoint> seats, double radiusKm) {
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("radiusKm must be a positive finite number, got " + radiusKm);
        }
        if (seats.isEmpty()) {
            return Map.of();
        }
        GeometryFactory factory = Geometries.FACTORY;
        List<Geometry> discs = new ArrayList<>(seats.size());
        for (GeoPoint seat : seats.values()) {
            discs.add(disc(seat, radiusKm, factory));
        }
        Geometry coverage = UnaryUnionOp.union(discs);

        Map<K, Geometry> cells = new LinkedHashMap<>();
        if (seats.size() == 1) {
            seats.keySet().forEach(k -> cells.put(k, coverage));
            return cells;
        }
        double meanLat = seats.values().stream().mapToDouble(GeoPoint::lat).average().orElseThrow();
        double cos = Math.cos(Math.toRadians(meanLat));
        AffineTransformation toLocal = AffineTransformation.scaleInstance(cos, 1.0);
        AffineTransformation toLonLat = AffineTransformation.scaleInstance(1.0 / cos, 1.0);

        Map<Coordinate, K> keyBySite = new HashMap<>();
        List<Coordinate> sites = new ArrayList<>();
        Envelope clip = new Envelope();
        for (Map.Entry<K, GeoPoint> e : seats.entrySet()) {
            Coordinate site = new Coordinate(e.getValue().lon() * cos, e.getValue().lat());
            if (keyBySite.put(site, e.getKey()) != null) {
                throw new IllegalArgumentException("two seats share the position " + e.getValue());
            }
            sites.add(site);
            clip.expandToInclude(site);
        }
        Envelope localCoverage = toLocal.transform(coverage).getEnvelopeInternal();
        clip.expandToInclude(localCoverage);
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()) * 0.1 + 0.01);

        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        voronoi.setClipEnvelope(clip);
        Geometry diagram = voronoi.getDiagram(factory);
        Map<K, Geometry> voronoiCells = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            K key = keyBySite.get((Coordinate) cell.getUserData());
            if (key != null) {
                voronoiCells.put(key, toLonLat.transform(cell));
            }
        }
        for (K key : seats.keySet()) {
            Geometry cell = voronoiCells.get(key);
            if (cell == null) {
                throw new IllegalStateException("Voronoi diagram has no cell for seat " + key);
            }
            cells.put(key, polygonal(cell.intersection(coverage), factory));
        }
        return cells;
    }

    /** A disc of radius km around the seat as a polygon in degrees: longitudes stretched by 1/cos(lat). */
    Polygon disc(GeoPoint seat, double radiusKm, GeometryFactory factory) {
        double dLat = radiusKm / GreatCircle.KM_PER_DEGREE;
        double dLon = dLat / Math.max(Math.cos(Math.toRadians(seat.lat())), 1e-6);
        Coordinate[] ring = new Coordinate[discSegments + 1];
        for (int i = 0; i < discSegments; i++) {
            double angle = 2 * Math.PI * i / discSegments;
            ring[i] = new Coordinate(seat.lon() + dLon * Math.cos(angle), seat.lat() + dLat * Math.sin(angle));
        }
        ring[discSegments] = ring[0].copy();
        return factory.createPolygon(ring);
    }

    private static Geometry polygonal(Geometry geometry, GeometryFactory factory) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
