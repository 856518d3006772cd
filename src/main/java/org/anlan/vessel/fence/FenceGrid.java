package org.anlan.vessel.fence;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.anlan.geo.PlanarSegments;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A uniform grid over one fence's bounding box. A cell that no edge touches is wholly inside or wholly outside
 * (decided once, at build, with JTS); only a cell an edge touches runs a ray-crossing test to the right, in full
 * over the edges touching the cell; of the edges the ray meets beyond the cell, those spanning the cell's row are
 * counted once at build (a parity kept with the cell), and those ending within the row need only a height test.
 * Cells are widened by a small margin when edges are assigned, so a point that rounding puts into a neighbouring
 * cell is still answered exactly.
 */
final class FenceGrid {

    private static final byte OUTSIDE = 0;
    private static final byte INSIDE = 1;
    /** An edge passes the cell; the ray to the right crosses an even (odd) number of edges away from the cell. */
    private static final byte RAY_EVEN = 2;
    private static final byte RAY_ODD = 3;
    private static final int MAX_CELLS_PER_AXIS = 256;

    final double minX;
    final double minY;
    final double maxX;
    final double maxY;
    /** The largest |latitude| of the box and its cosine, which most boundary distance checks need. */
    final double maxAbsLat;
    final double cosMaxAbsLat;
    private final int columns;
    private final int rows;
    private final double cellWidth;
    private final double cellHeight;
    private final double inverseWidth;
    private final double inverseHeight;
    private final byte[] status;
    private double[] vertexXs;
    private double[] vertexYs;
    /**
     * Per cell, two starts: at {@code 2·cell} its edges in {@link #edgeLists}, at {@code 2·cell + 1} its heights in
     * {@link #heights} (each list ends where the next cell's starts), side by side so one read finds both.
     */
    private final int[] offsets;
    /** The edges a ray-crossing test takes in full, cell after cell. */
    private final int[] edgeLists;
    /**
     * Per cell, the heights of the ends of the edges right of the cell that end within its row: the ray crosses
     * such an edge iff exactly one of its ends lies above the point, so the parity of those crossings is that of
     * the heights above the point. A height listed twice (two such edges meeting) cancels and is left out.
     */
    private double[] heights;
    /** The edges touching each cell (widened by the margin), for distances to the boundary. */
    private int[] touchOffsets;
    private int[] touchLists;

    FenceGrid(Geometry area) {
        Envelope box = area.getEnvelopeInternal();
        minX = box.getMinX();
        minY = box.getMinY();
        maxX = box.getMaxX();
        maxY = box.getMaxY();
        maxAbsLat = Math.max(Math.abs(minY), Math.abs(maxY));
        cosMaxAbsLat = Math.cos(Math.toRadians(maxAbsLat));
        int[] edgeStarts = collectEdges(area);
        int perAxis = (int) Math.min(MAX_CELLS_PER_AXIS, Math.max(2, Math.ceil(4 * Math.sqrt(edgeStarts.length))));
        columns = perAxis;
        rows = perAxis;
        cellWidth = box.getWidth() / columns;
        cellHeight = box.getHeight() / rows;
        inverseWidth = 1 / cellWidth;
        inverseHeight = 1 / cellHeight;
        double margin = 1e-6 * Math.max(cellWidth, cellHeight) + 1e-9;
        boolean[] touched = touchedCells(edgeStarts, margin);
        status = new byte[columns * rows];
        offsets = new int[2 * columns * rows + 2];
        edgeLists = classify(area, edgeStarts, touched, margin);
    }

    /** JTS {@code covers}: true inside and on the boundary. */
    boolean covers(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        int column = Math.min((int) ((x - minX) * inverseWidth), columns - 1);
        int row = Math.min((int) ((y - minY) * inverseHeight), rows - 1);
        int cell = row * columns + column;
        byte state = status[cell];
        if (state <= INSIDE) {
            return state == INSIDE;
        }
        int at = 2 * cell;
        int parity = state == RAY_ODD ? 1 : 0;
        // Whether a height lies above the point is as good as random: counted without a branch.
        for (int i = offsets[at + 1], end = offsets[at + 3]; i < end; i++) {
            parity ^= heights[i] > y ? 1 : 0;
        }
        return RayCrossing.locate(x, y, vertexXs, vertexYs, edgeLists, offsets[at], offsets[at + 2], parity)
                != RayCrossing.EXTERIOR;
    }

    /** What {@link #covers} answers over a region: the same for every point, or it depends on the point. */
    enum RegionAnswer { NEVER, ALWAYS, DEPENDS }

    /**
     * What {@link #covers} answers for the points of the closed box: NEVER and ALWAYS when every cell the box
     * meets (and the bounding-box test) gives that answer without a ray-crossing test.
     */
    RegionAnswer answerOver(double x0, double y0, double x1, double y1) {
        if (x1 < minX || x0 > maxX || y1 < minY || y0 > maxY) {
            return RegionAnswer.NEVER;
        }
        boolean partlyOutsideBox = x0 < minX || x1 > maxX || y0 < minY || y1 > maxY;
        int c0 = column(Math.max(x0, minX));
        int c1 = column(Math.min(x1, maxX));
        int r1 = row(Math.min(y1, maxY));
        boolean anyInside = false;
        boolean anyOutside = partlyOutsideBox;
        for (int r = row(Math.max(y0, minY)); r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                byte state = status[r * columns + c];
                if (state > INSIDE) {
                    return RegionAnswer.DEPENDS;
                }
                anyInside |= state == INSIDE;
                anyOutside |= state == OUTSIDE;
            }
        }
        return anyInside && anyOutside ? RegionAnswer.DEPENDS : anyInside ? RegionAnswer.ALWAYS : RegionAnswer.NEVER;
    }

    /**
     * The least plain-degree distance from the point to the edges that come within {@code reach} degrees of it, or
     * infinity when none does (every edge is then further than {@code reach}). Exact up to rounding, except that
     * it returns as soon as it meets an edge closer than {@code enough}, with that edge's distance (below
     * {@code enough}, not necessarily the least). Edges whose box lies further than {@code reach} from the point
     * are passed over without computing their distance.
     */
    double nearestEdgeWithin(double x, double y, double reach, double enough) {
        if (x + reach < minX || x - reach > maxX || y + reach < minY || y - reach > maxY) {
            return Double.POSITIVE_INFINITY;
        }
        int c0 = column(x - reach);
        int c1 = column(x + reach);
        int r1 = row(y + reach);
        double enoughSquared = enough * enough;
        double bestSquared = Double.POSITIVE_INFINITY;
        for (int r = row(y - reach); r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int i = touchOffsets[cell]; i < touchOffsets[cell + 1]; i++) {
                    int v = touchLists[i];
                    double ax = vertexXs[v];
                    double bx = vertexXs[v + 1];
                    double ay = vertexYs[v];
                    double by = vertexYs[v + 1];
                    if (Math.min(ax, bx) - x > reach || x - Math.max(ax, bx) > reach
                            || Math.min(ay, by) - y > reach || y - Math.max(ay, by) > reach) {
                        continue;
                    }
                    double squared = segmentDistanceSquared(x, y, v);
                    if (squared < bestSquared) {
                        if (squared < enoughSquared) {
                            return Math.sqrt(squared);
                        }
                        bestSquared = squared;
                    }
                }
            }
        }
        double best = Math.sqrt(bestSquared);
        return best <= reach ? best : Double.POSITIVE_INFINITY;
    }

    /**
     * Whether the great-circle distance from the point to its nearest boundary point in plain degrees, which lies
     * {@code nearest} degrees away (from {@link #nearestEdgeWithin}), is below (-1) or above (1) {@code metres}, as
     * {@link FenceSet#distanceToBoundaryMetres} computes it; 0 when it lies within a micrometre of the limit or
     * when boundary points at the same plain-degree distance (up to rounding) fall on both sides, so that which
     * of them JTS picks matters. The closest point on a segment is computed as JTS's {@code LineSegment} does,
     * up to rounding, which moves the distance by far less than a micrometre.
     */
    int nearestPointsAgainst(double x, double y, double nearest, double metres) {
        double tie = nearest * (1 + 1e-9) + 1e-15;
        double tieSquared = tie * tie;
        int c0 = column(x - tie);
        int c1 = column(x + tie);
        int r1 = row(y + tie);
        int below = 0;
        int above = 0;
        for (int r = row(y - tie); r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int i = touchOffsets[cell]; i < touchOffsets[cell + 1]; i++) {
                    int v = touchLists[i];
                    if (segmentDistanceSquared(x, y, v) > tieSquared) {
                        continue;
                    }
                    double t = closestFactor(x, y, v);
                    double px = vertexXs[v] + t * (vertexXs[v + 1] - vertexXs[v]);
                    double py = vertexYs[v] + t * (vertexYs[v + 1] - vertexYs[v]);
                    double distance = GreatCircle.distanceKm(new GeoPoint(y, x), new GeoPoint(py, px)) * 1000;
                    if (Math.abs(distance - metres) <= 1e-6) {
                        return 0;
                    }
                    if (distance < metres) {
                        below++;
                    } else {
                        above++;
                    }
                }
            }
        }
        return below > 0 && above > 0 || below + above == 0 ? 0 : below > 0 ? -1 : 1;
    }

    /** Where the segment from vertex v comes closest to the point, as a fraction of the way to vertex v + 1. */
    private double closestFactor(double x, double y, int v) {
        return PlanarSegments.closestFactor(x, y, vertexXs[v], vertexYs[v], vertexXs[v + 1], vertexYs[v + 1]);
    }

    private double segmentDistanceSquared(double x, double y, int v) {
        double ax = vertexXs[v];
        double ay = vertexYs[v];
        double t = closestFactor(x, y, v);
        double dx = x - (ax + t * (vertexXs[v + 1] - ax));
        double dy = y - (ay + t * (vertexYs[v + 1] - ay));
        return dx * dx + dy * dy;
    }

    /** Flattens every ring into the vertex arrays; returns the start vertex of every edge. */
    private int[] collectEdges(Geometry area) {
        int vertices = area.getNumPoints();
        vertexXs = new double[vertices];
        vertexYs = new double[vertices];
        int[] starts = new int[vertices];
        int vertex = 0;
        int edges = 0;
        for (int p = 0; p < area.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinates();
                for (int i = 0; i < ring.length; i++) {
                    vertexXs[vertex + i] = ring[i].x;
                    vertexYs[vertex + i] = ring[i].y;
                    if (i + 1 < ring.length) {
                        starts[edges++] = vertex + i;
                    }
                }
                vertex += ring.length;
            }
        }
        return Arrays.copyOf(starts, edges);
    }

    /** Marks the cells each edge touches and lists the edges of every cell. */
    private boolean[] touchedCells(int[] edgeStarts, double margin) {
        boolean[] touched = new boolean[columns * rows];
        var cellOfPair = new IntList(edgeStarts.length * 4);
        var edgeOfPair = new IntList(edgeStarts.length * 4);
        for (int v : edgeStarts) {
            double x1 = vertexXs[v];
            double y1 = vertexYs[v];
            double x2 = vertexXs[v + 1];
            double y2 = vertexYs[v + 1];
            int c0 = column(Math.min(x1, x2) - margin);
            int c1 = column(Math.max(x1, x2) + margin);
            int r0 = row(Math.min(y1, y2) - margin);
            int r1 = row(Math.max(y1, y2) + margin);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    if (segmentMeetsBox(x1, y1, x2, y2,
                            minX + c * cellWidth - margin, minY + r * cellHeight - margin,
                            minX + (c + 1) * cellWidth + margin, minY + (r + 1) * cellHeight + margin)) {
                        touched[r * columns + c] = true;
                        cellOfPair.add(r * columns + c);
                        edgeOfPair.add(v);
                    }
                }
            }
        }
        touchOffsets = new int[columns * rows + 1];
        for (int i = 0; i < cellOfPair.size(); i++) {
            touchOffsets[cellOfPair.values[i] + 1]++;
        }
        for (int cell = 0; cell < columns * rows; cell++) {
            touchOffsets[cell + 1] += touchOffsets[cell];
        }
        touchLists = new int[cellOfPair.size()];
        int[] next = Arrays.copyOf(touchOffsets, columns * rows);
        for (int i = 0; i < cellOfPair.size(); i++) {
            touchLists[next[cellOfPair.values[i]]++] = edgeOfPair.values[i];
        }
        return touched;
    }

    private int[] classify(Geometry area, int[] edgeStarts, boolean[] touched, double margin) {
        var locator = new IndexedPointInAreaLocator(area);
        var lists = new IntList(edgeStarts.length * 4);
        DoubleStream.Builder heightList = DoubleStream.builder();
        int heightCount = 0;
        IntList[] byRow = edgesByRow(edgeStarts, margin);
        for (int r = 0; r < rows; r++) {
            double bandLow = minY + r * cellHeight - margin;
            double bandHigh = minY + (r + 1) * cellHeight + margin;
            IntList rowEdges = byRow[r];
            // Untouched cells side by side in a row lie on one side of the boundary: one location per run.
            byte run = -1;
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                offsets[2 * cell] = lists.size();
                offsets[2 * cell + 1] = heightCount;
                if (!touched[cell]) {
                    if (run < 0) {
                        var centre = new Coordinate(minX + (c + 0.5) * cellWidth, minY + (r + 0.5) * cellHeight);
                        run = locator.locate(centre) == Location.EXTERIOR ? OUTSIDE : INSIDE;
                    }
                    status[cell] = run;
                    continue;
                }
                run = -1;
                double cellLow = minX + c * cellWidth - margin;
                double cellHigh = minX + (c + 1) * cellWidth + margin;
                int parity = 0;
                DoubleStream.Builder rightEnds = DoubleStream.builder();
                for (int e = 0; e < rowEdges.size(); e++) {
                    int v = rowEdges.values[e];
                    double x1 = vertexXs[v];
                    double y1 = vertexYs[v];
                    double x2 = vertexXs[v + 1];
                    double y2 = vertexYs[v + 1];
                    if (Math.max(y1, y2) < bandLow || Math.min(y1, y2) > bandHigh || Math.max(x1, x2) < cellLow) {
                        continue;
                    }
                    if (segmentMeetsBox(x1, y1, x2, y2, cellLow, bandLow, cellHigh, bandHigh)) {
                        lists.add(v);
                        continue;
                    }
                    int side = bandSide(x1, y1, x2, y2, bandLow, bandHigh, cellLow, cellHigh, margin);
                    if (side == 0) {
                        lists.add(v);
                    } else if (side > 0) {
                        if (Math.min(y1, y2) < bandLow && Math.max(y1, y2) > bandHigh) {
                            parity ^= 1;
                        } else {
                            rightEnds.add(y1);
                            rightEnds.add(y2);
                        }
                    }
                }
                heightCount += addUnpaired(rightEnds.build().toArray(), heightList);
                status[cell] = parity == 0 ? RAY_EVEN : RAY_ODD;
            }
        }
        offsets[2 * columns * rows] = lists.size();
        offsets[2 * columns * rows + 1] = heightCount;
        heights = heightList.build().toArray();
        return lists.toArray();
    }

    /**
     * Adds, sorted, the values that occur an odd number of times among {@code values} (as numbers: 0.0 = -0.0),
     * sorting them in place; returns how many it added.
     */
    private static int addUnpaired(double[] values, DoubleStream.Builder into) {
        Arrays.sort(values);
        int added = 0;
        for (int i = 0; i < values.length; ) {
            int j = i;
            while (j < values.length && values[j] == values[i]) {
                j++;
            }
            if ((j - i) % 2 == 1) {
                into.add(values[i]);
                added++;
            }
            i = j;
        }
        return added;
    }

    /**
     * Where the part of an edge within the band (which misses the widened cell) lies: 1 right of the cell, -1 left
     * of it, 0 when rounding could tell either (the edge is then tested in full). Judged by its x at a height
     * inside both the band and the edge.
     */
    private static int bandSide(double x1, double y1, double x2, double y2, double bandLow, double bandHigh,
            double cellLow, double cellHigh, double margin) {
        double low = Math.max(bandLow, Math.min(y1, y2));
        double high = Math.min(bandHigh, Math.max(y1, y2));
        double y = (low + high) / 2;
        double x = y1 == y2 ? (x1 + x2) / 2 : x1 + (x2 - x1) * (y - y1) / (y2 - y1);
        double doubt = margin / 16;
        return x > cellHigh + doubt ? 1 : x < cellLow - doubt ? -1 : 0;
    }

    /** The edges overlapping each row's band (widened by the margin). */
    private IntList[] edgesByRow(int[] edgeStarts, double margin) {
        IntList[] byRow = new IntList[rows];
        for (int r = 0; r < rows; r++) {
            byRow[r] = new IntList(16);
        }
        for (int v : edgeStarts) {
            int r0 = row(Math.min(vertexYs[v], vertexYs[v + 1]) - margin);
            int r1 = row(Math.max(vertexYs[v], vertexYs[v + 1]) + margin);
            for (int r = r0; r <= r1; r++) {
                byRow[r].add(v);
            }
        }
        return byRow;
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) * inverseWidth)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) * inverseHeight)));
    }

    /** Liang–Barsky: does the segment meet the closed box? */
    static boolean segmentMeetsBox(double x1, double y1, double x2, double y2,
            double boxMinX, double boxMinY, double boxMaxX, double boxMaxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - boxMinX, boxMaxX - x1, y1 - boxMinY, boxMaxY - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        return true;
    }

    /** A growable int array for building the edge lists. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(8, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
