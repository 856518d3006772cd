package org.anlan.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Rebuilds polygons from a bag of rings by containment, ignoring the order and orientation they came in.
 * A ring inside an odd number of other rings is a hole of its innermost container; any other ring is a shell
 * (so an island inside a lake becomes a shell again). Validity is checked by the caller.
 */
final class RingClassifier {

    record Result(List<Polygon> polygons, boolean restructured) {
    }

    private final List<LinearRing> rings;
    private final GeometryFactory factory;
    private final IndexedPointInAreaLocator[] locators;

    private RingClassifier(List<LinearRing> rings, GeometryFactory factory) {
        this.rings = rings;
        this.factory = factory;
        this.locators = new IndexedPointInAreaLocator[rings.size()];
    }

    static Result classify(List<LinearRing> rings, GeometryFactory factory) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("no rings");
        }
        if (rings.size() == 1) {
            return new Result(List.of(factory.createPolygon(rings.get(0))), false);
        }
        return new RingClassifier(rings, factory).run();
    }

    private Result run() {
        int n = rings.size();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            tree.insert(rings.get(i).getEnvelopeInternal(), i);
        }
        List<List<Integer>> containers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Envelope env = rings.get(i).getEnvelopeInternal();
            List<Integer> found = new ArrayList<>();
            for (Object candidate : tree.query(env)) {
                int j = (Integer) candidate;
                if (j != i && rings.get(j).getEnvelopeInternal().covers(env) && contains(j, i)) {
                    found.add(j);
                }
            }
            containers.add(found);
        }
        int[] parent = new int[n];
        boolean restructured = !containers.get(0).isEmpty();
        for (int i = 0; i < n; i++) {
            parent[i] = -1;
            List<Integer> found = containers.get(i);
            if (found.size() % 2 == 1) {
                int innermost = found.get(0);
                for (int j : found) {
                    if (containers.get(j).size() > containers.get(innermost).size()) {
                        innermost = j;
                    }
                }
                // a parent that is itself a hole means the rings overlap oddly; keep it a shell and let validation judge
                if (containers.get(innermost).size() % 2 == 0) {
                    parent[i] = innermost;
                }
            }
            if (i > 0 && parent[i] != 0) {
                restructured = true;
            }
        }
        Map<Integer, List<LinearRing>> holesByShell = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) {
                holesByShell.put(i, new ArrayList<>());
            }
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                holesByShell.get(parent[i]).add(rings.get(i));
            }
        }
        List<Polygon> polygons = new ArrayList<>(holesByShell.size());
        holesByShell.forEach((shell, holes) -> polygons.add(
                factory.createPolygon(rings.get(shell), holes.toArray(LinearRing[]::new))));
        return new Result(polygons, restructured);
    }

    /** Whether ring {@code inner} lies inside ring {@code outer}, judged by its first vertex not on outer's boundary. */
    private boolean contains(int outer, int inner) {
        IndexedPointInAreaLocator locator = locators[outer];
        if (locator == null) {
            locator = new IndexedPointInAreaLocator(factory.createPolygon(rings.get(outer)));
            locators[outer] = locator;
        }
        Coordinate[] coords = rings.get(inner).getCoordinates();
        for (int k = 0; k < coords.length - 1; k++) {
            int location = locator.locate(coords[k]);
            if (location == Location.INTERIOR) {
                return true;
            }
            if (location == Location.EXTERIOR) {
                return false;
            }
        }
        return false;
    }
}
