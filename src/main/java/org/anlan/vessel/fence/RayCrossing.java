package org.anlan.vessel.fence;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * JTS's {@code RayCrossingCounter} on flat coordinate arrays and a subset of the edges: the same tests with the same
 * robust orientation predicate, so the answer is JTS's whenever the subset holds every edge the horizontal ray to
 * the right of the point can meet and the point can lie on, the others' crossings being known.
 */
final class RayCrossing {

    static final int EXTERIOR = 0;
    static final int INTERIOR = 1;
    static final int BOUNDARY = 2;

    private RayCrossing() {
    }

    /**
     * @param edges     edge i runs from vertex {@code edges[i]} to vertex {@code edges[i] + 1} for i in [from, to)
     * @param crossings the crossings already known of the edges not listed
     */
    static int locate(double x, double py, double[] xs, double[] ys, int[] edges, int from, int to,
            int crossings) {
        int parity = crossings;
        for (int i = from; i < to; i++) {
            int v = edges[i];
            double x1 = xs[v];
            double y1 = ys[v];
            double x2 = xs[v + 1];
            double y2 = ys[v + 1];
            if (x1 < x && x2 < x) {
                continue;
            }
            if (x == x2 && py == y2) {
                return BOUNDARY;
            }
            if (y1 == py && y2 == py) {
                double minX = Math.min(x1, x2);
                double maxX = Math.max(x1, x2);
                if (x >= minX && x <= maxX) {
                    return BOUNDARY;
                }
                continue;
            }
            if ((y1 > py && y2 <= py) || (y2 > py && y1 <= py)) {
                if (x1 > x && x2 > x) {
                    // Wholly right of the point and straddling its height: the orientation is certainly a crossing.
                    parity ^= 1;
                    continue;
                }
                int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, py);
                if (orientation == 0) {
                    return BOUNDARY;
                }
                if (y2 < y1) {
                    orientation = -orientation;
                }
                if (orientation > 0) {
                    parity ^= 1;
                }
            }
        }
        return (parity & 1) == 1 ? INTERIOR : EXTERIOR;
    }
}
