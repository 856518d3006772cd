package org.anlan.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-polygon and nearest-polygon lookups over keyed polygonal geometries, indexed with an STRtree.
 * Points on a boundary count as inside; when several polygons cover a point, the first in map iteration order wins.
 */
public final class PolygonLocator<K> {

    private record Entry<K>(int order, K key, Geometry geometry, PreparedGeometry prepared) {
    }

    private final List<Entry<K>> entries = new ArrayList<>();
    private final STRtree tree = new STRtree();
    private final Set<K> keys;

    public PolygonLocator(Map<K, ? extends Geometry> polygons) {
        PreparedGeometryFactory preparedFactory = new PreparedGeometryFactory();
        for (Map.Entry<K, ? extends Geometry> e : polygons.entrySet()) {
            Geometry geometry = Objects.requireNonNull(e.getValue(), () -> "geometry of " + e.getKey());
            if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
                throw new IllegalArgumentException("geometry of " + e.getKey() + " must be a non-empty Polygon or MultiPolygon, got "
                        + geometry.getGeometryType());
            }
            Entry<K> entry = new Entry<>(entries.size(), e.getKey(), geometry, preparedFactory.create(geometry));
            entries.add(entry);
            tree.insert(geometry.getEnvelopeInternal(), entry);
        }
        tree.build();
        keys = Collections.unmodifiableSet(new LinkedHashSet<>(polygons.keySet()));
    }

    public int size() {
        return entries.size();
    }

    public Set<K> keys() {
        return keys;
    }

    public Optional<K> containing(GeoPoint p) {
        return Optional.ofNullable(coveringEntry(p)).map(Entry::key);
    }

    /**
     * The covering polygon, else the one at the smallest {@link Geometries#distanceKm} (none covers the point, so
     * only edges are measured). Candidates come from the
     * tree: the polygon with the nearest envelope gives an upper bound d, and only polygons whose envelope meets
     * a box that provably holds every point within d km are measured exactly.
     */
    public Nearest<K> nearest(GeoPoint p) {
        if (entries.isEmpty()) {
            throw new NoSuchElementException("locator is empty");
        }
        Entry<K> covering = coveringEntry(p);
        if (covering != null) {
            return new Nearest<>(covering.key(), 0.0, true);
        }
        Envelope pointEnvelope = new Envelope(p.toCoordinate());
        @SuppressWarnings("unchecked")
        Entry<K> seed = (Entry<K>) tree.nearestNeighbour(pointEnvelope, pointEnvelope, PolygonLocator::envelopeDistance);
        double bound = Geometries.distanceKmToNearestVertexOrEdge(p, seed.geometry());
        Entry<K> best = seed;
        double bestDistance = bound;
        for (Entry<K> candidate : queryEntries(searchEnvelope(p, bound))) {
            if (candidate == seed) {
                continue;
            }
            double d = Geometries.distanceKmToNearestVertexOrEdge(p, candidate.geometry());
            if (d < bestDistance || (d == bestDistance && candidate.order() < best.order())) {
                best = candidate;
                bestDistance = d;
            }
        }
        return new Nearest<>(best.key(), bestDistance, false);
    }

    private Entry<K> coveringEntry(GeoPoint p) {
        Point point = Geometries.point(p);
        Entry<K> found = null;
        for (Entry<K> candidate : queryEntries(new Envelope(p.toCoordinate()))) {
            if ((found == null || candidate.order() < found.order()) && candidate.prepared().covers(point)) {
                found = candidate;
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Entry<K>> queryEntries(Envelope envelope) {
        return (List<Entry<K>>) (List<?>) tree.query(envelope);
    }

    private static double envelopeDistance(ItemBoundable a, ItemBoundable b) {
        return ((Envelope) a.getBounds()).distance((Envelope) b.getBounds());
    }

    /**
     * A lon/lat box containing every point within {@code km} of p. Latitude: an arc of d km spans at most d/R
     * radians of latitude. Longitude: from the haversine formula, hav(Δλ) ≤ hav(d/R) / (cos φ1 · cos φ2) with φ2
     * ranging over the latitude band.
     */
    static Envelope searchEnvelope(GeoPoint p, double km) {
        double angle = km / GreatCircle.EARTH_RADIUS_KM;
        double dLatDeg = Math.toDegrees(angle) * (1 + 1e-9) + 1e-9;
        double minLat = Math.max(-90.0, p.lat() - dLatDeg);
        double maxLat = Math.min(90.0, p.lat() + dLatDeg);
        double maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
        double cosProduct = Math.cos(Math.toRadians(p.lat())) * Math.cos(Math.toRadians(maxAbsLat));
        double ratio = cosProduct <= 0 ? Double.POSITIVE_INFINITY : GreatCircle.haversine(angle) / cosProduct;
        if (angle >= Math.PI || ratio >= 1.0) {
            return new Envelope(-180.0, 180.0, minLat, maxLat);
        }
        double dLonDeg = Math.toDegrees(2.0 * Math.asin(Math.sqrt(ratio))) * (1 + 1e-9) + 1e-9;
        // a box wrapping around the antimeridian is not modelled: fall back to the whole longitude range
        if (p.lon() - dLonDeg < -180.0 || p.lon() + dLonDeg > 180.0) {
            return new Envelope(-180.0, 180.0, minLat, maxLat);
        }
        return new Envelope(p.lon() - dLonDeg, p.lon() + dLonDeg, minLat, maxLat);
    }
}
