package org.anlan.vessel.fence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.geo.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * An immutable set of fences indexed for point queries: which fences cover a position. Answers are exactly JTS's
 * {@code Geometry.covers(point)} (a point on a fence's boundary is inside). A uniform grid over all the fences'
 * bounding boxes gives the candidate fences of a position, each marked when the whole cell is inside it; the others'
 * own {@link FenceGrid} then answers from its cell, running a ray-crossing test only in cells a boundary edge
 * passes through. Thread-safe; build a new
 * set when fences change.
 */
public final class FenceSet {

    private static final int MAX_CELLS_PER_AXIS = 256;
    private static final int[] NONE = new int[0];

    private final List<Fence> fences;
    private final FenceGrid[] grids;
    private final Map<String, Integer> indexById;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final int columns;
    private final int rows;
    private final double inverseWidth;
    private final double inverseHeight;
    private final int[][] candidates;
    private final int mostCandidates;
    private final AtomicReferenceArray<IndexedFacetDistance> boundaries;

    private FenceSet(List<Fence> fences) {
        this.fences = List.copyOf(fences);
        this.grids = new FenceGrid[fences.size()];
        this.indexById = new HashMap<>();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grids.length; i++) {
            Fence fence = fences.get(i);
            if (indexById.put(fence.id(), i) != null) {
                throw new IllegalArgumentException("duplicate fence id " + fence.id());
            }
            grids[i] = new FenceGrid(fence.area());
            x0 = Math.min(x0, grids[i].minX);
            y0 = Math.min(y0, grids[i].minY);
            x1 = Math.max(x1, grids[i].maxX);
            y1 = Math.max(y1, grids[i].maxY);
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
        int perAxis = grids.length == 0 ? 1
                : (int) Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(8 * Math.sqrt(grids.length))));
        columns = perAxis;
        rows = perAxis;
        inverseWidth = maxX > minX ? columns / (maxX - minX) : 0;
        inverseHeight = maxY > minY ? rows / (maxY - minY) : 0;
        candidates = buildCandidates();
        int most = 0;
        for (int[] list : candidates) {
            most = Math.max(most, list.length);
        }
        mostCandidates = most;
        boundaries = new AtomicReferenceArray<>(grids.length);
    }

    public static FenceSet of(Collection<Fence> fences) {
        return new FenceSet(new ArrayList<>(fences));
    }

    public static FenceSet empty() {
        return new FenceSet(List.of());
    }

    public int size() {
        return fences.size();
    }

    public List<Fence> fences() {
        return fences;
    }

    public Fence fence(int index) {
        return fences.get(index);
    }

    public Optional<Fence> byId(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(fences.get(index));
    }

    /** The index of the fence with this id, or -1. */
    public int indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** Clears {@code hits} and fills it with the indexes of the fences covering the position; allocation-free. */
    public void covering(double lat, double lon, FenceHits hits) {
        int cell = gridCell(lat, lon);
        if (cell < 0) {
            hits.clear();
            return;
        }
        coveringInCell(cell, lat, lon, hits);
    }

    /** {@link #covering} for a position whose {@link #gridCell} the caller already has (and is not -1). */
    public void coveringInCell(int cell, double lat, double lon, FenceHits hits) {
        hits.fill(coveringInCell(cell, lat, lon, hits.emptiedWithRoom(mostCandidates), 0));
    }

    /**
     * {@link #coveringInCell(int, double, double, FenceHits)} writing the indexes into {@code into} from {@code at},
     * which must have room for {@link #mostCandidates} of them; returns how many it wrote.
     */
    public int coveringInCell(int cell, double lat, double lon, int[] into, int at) {
        int count = 0;
        for (int candidate : candidates[cell]) {
            if (candidate < 0) {
                into[at + count++] = ~candidate;
            } else if (grids[candidate].covers(lon, lat)) {
                into[at + count++] = candidate;
            }
        }
        return count;
    }

    /** The most fences that can cover a position: the longest candidate list of any cell. */
    public int mostCandidates() {
        return mostCandidates;
    }

    /** The cells of the set's grid: {@link #gridCell} lies below this. */
    public int gridCells() {
        return rows * columns;
    }

    /**
     * The cell of the set's grid the position falls in (cells row by row), or -1 when no fence can cover it:
     * queries for many positions made in cell order read each cell's candidates and the fence grids around it
     * while they are still in cache.
     */
    public int gridCell(double lat, double lon) {
        if (!(lon >= minX && lon <= maxX && lat >= minY && lat <= maxY)) {
            return -1;
        }
        return cell(lon, lat);
    }

    /** The fences covering the position, in the set's order. */
    public List<Fence> fencesCovering(double lat, double lon) {
        var hits = new FenceHits();
        covering(lat, lon, hits);
        List<Fence> result = new ArrayList<>(hits.size());
        for (int index : hits.toSortedArray()) {
            result.add(fences.get(index));
        }
        return result;
    }

    public boolean covers(int fenceIndex, double lat, double lon) {
        return grids[fenceIndex].covers(lon, lat);
    }

    /**
     * Approximate distance in metres from the position to the fence's boundary: the great-circle distance to the
     * boundary point nearest in plain degrees (exact along parallels and meridians, a little long in between).
     * Meant for hysteresis bands, not for navigation.
     */
    public double distanceToBoundaryMetres(int fenceIndex, double lat, double lon) {
        IndexedFacetDistance boundary = boundaries.get(fenceIndex);
        if (boundary == null) {
            boundary = new IndexedFacetDistance(fences.get(fenceIndex).area().getBoundary());
            boundaries.compareAndSet(fenceIndex, null, boundary);
        }
        Coordinate nearest = boundary.nearestPoints(Geometries.FACTORY.createPoint(new Coordinate(lon, lat)))[0];
        return GreatCircle.distanceKm(new GeoPoint(lat, lon), new GeoPoint(nearest.y, nearest.x)) * 1000;
    }

    /**
     * Whether {@link #distanceToBoundaryMetres} is below {@code metres}, answered from the fence grid's nearby
     * edges: from the plain-degree distance to them when that settles it, else from the great-circle distance to
     * the nearest boundary point found there, so that only a position within a micrometre of the limit (or at
     * equal plain-degree distance from boundary points on both sides of it) needs JTS's distance. The
     * great-circle distance of a plain-degree offset d lies between d·cos(φ)·(km per degree) and d·(km per
     * degree), φ the largest latitude involved (up to 0.1 % for offsets of a few degrees, which the fences this
     * applies to are smaller than).
     */
    public boolean withinMetresOfBoundary(int fenceIndex, double lat, double lon, double metres) {
        FenceGrid grid = grids[fenceIndex];
        double maxLat = Math.max(Math.abs(lat), Math.max(Math.abs(grid.minY), Math.abs(grid.maxY)));
        boolean bounded = metres > 0 && metres < 10_000 && maxLat <= 80
                && grid.maxX - grid.minX <= 2 && grid.maxY - grid.minY <= 2
                && lon >= grid.minX - 1 && lon <= grid.maxX + 1 && lat >= grid.minY - 1 && lat <= grid.maxY + 1
                && grid.minX - 1 > -180 && grid.maxX + 1 < 180;
        if (bounded) {
            double metresPerDegree = GreatCircle.KM_PER_DEGREE * 1000;
            double cosMaxLat = maxLat == grid.maxAbsLat ? grid.cosMaxAbsLat : Math.cos(Math.toRadians(maxLat));
            double shortestMetresPerDegree = metresPerDegree * cosMaxLat * (1 - 1e-3);
            double reach = 1.01 * metres / shortestMetresPerDegree;
            // Any edge nearer than this settles "within" below, so the search may stop at the first one met.
            double surelyWithin = metres / (metresPerDegree * (1 + 1e-6)) * (1 - 1e-9);
            double nearest = grid.nearestEdgeWithin(lon, lat, reach, surelyWithin);
            if (Math.min(nearest, reach) * shortestMetresPerDegree > metres) {
                return false;
            }
            if (nearest * metresPerDegree * (1 + 1e-6) < metres) {
                return true;
            }
            int side = grid.nearestPointsAgainst(lon, lat, nearest, metres);
            if (side != 0) {
                return side < 0;
            }
        }
        return distanceToBoundaryMetres(fenceIndex, lat, lon) < metres;
    }

    private int cell(double x, double y) {
        int column = Math.min((int) ((x - minX) * inverseWidth), columns - 1);
        int row = Math.min((int) ((y - minY) * inverseHeight), rows - 1);
        return row * columns + column;
    }

    /**
     * Lists in each cell the fences whose answer there is not always "no": as {@code ~fence} when every point
     * of the cell is covered (no test needed), as {@code fence} when the fence's own grid must answer. A cell's
     * extent is widened by a margin far above rounding, so a point that rounding puts into the cell is included.
     */
    private int[][] buildCandidates() {
        List<List<Integer>> lists = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            lists.add(null);
        }
        double width = (maxX - minX) / columns;
        double height = (maxY - minY) / rows;
        double margin = 1e-9 * Math.max(maxX - minX, maxY - minY) + 1e-12;
        for (int fence = 0; fence < grids.length; fence++) {
            FenceGrid grid = grids[fence];
            int c0 = clamp((int) Math.floor((grid.minX - minX) * inverseWidth) - 1, columns);
            int c1 = clamp((int) Math.floor((grid.maxX - minX) * inverseWidth) + 1, columns);
            int r0 = clamp((int) Math.floor((grid.minY - minY) * inverseHeight) - 1, rows);
            int r1 = clamp((int) Math.floor((grid.maxY - minY) * inverseHeight) + 1, rows);
            for (int r = r0; r <= r1; r++) {
                double y0 = minY + r * height - margin;
                double y1 = r == rows - 1 ? maxY + margin : minY + (r + 1) * height + margin;
                for (int c = c0; c <= c1; c++) {
                    double x0 = minX + c * width - margin;
                    double x1 = c == columns - 1 ? maxX + margin : minX + (c + 1) * width + margin;
                    FenceGrid.RegionAnswer answer = grid.answerOver(x0, y0, x1, y1);
                    if (answer == FenceGrid.RegionAnswer.NEVER) {
                        continue;
                    }
                    int cell = r * columns + c;
                    if (lists.get(cell) == null) {
                        lists.set(cell, new ArrayList<>(4));
                    }
                    lists.get(cell).add(answer == FenceGrid.RegionAnswer.ALWAYS ? ~fence : fence);
                }
            }
        }
        int[][] result = new int[columns * rows][];
        for (int cell = 0; cell < result.length; cell++) {
            List<Integer> list = lists.get(cell);
            result[cell] = list == null ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }
}
