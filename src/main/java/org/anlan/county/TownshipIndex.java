package org.anlan.county;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.geo.ApproximateCellBuilder;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.PolygonLocator;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The spatial index of township areas, rebuilt whenever the boundary version in the database moves
 * (an import by this process or by an operator command on the same database).
 * Imported boundaries are used once every township has one; until then all townships get approximate
 * cells: the Voronoi cells of their seats, cut to {@value #APPROXIMATE_RADIUS_KM} km around the seats.
 */
@Component
class TownshipIndex {

    static final double APPROXIMATE_RADIUS_KM = 8.0;

    record Snapshot(long version, boolean approximate, Map<String, TownshipArea> areas, PolygonLocator<String> locator) {
    }

    /** How often the database is asked whether another process imported boundaries. */
    static final long VERSION_CHECK_NANOS = 2_000_000_000L;

    private final Townships townships;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    TownshipIndex(Townships townships) {
        this.townships = townships;
    }

    Snapshot current() {
        Snapshot cached = snapshot;
        if (cached != null && System.nanoTime() - checkedAt < VERSION_CHECK_NANOS) {
            return cached;
        }
        return refresh();
    }

    /** One thread checks and rebuilds while the others wait for its result, instead of all building at once. */
    private synchronized Snapshot refresh() {
        Snapshot cached = snapshot;
        long now = System.nanoTime();
        if (cached != null && now - checkedAt < VERSION_CHECK_NANOS) {
            return cached;
        }
        long version = townships.boundaryVersion();
        if (cached == null || cached.version() != version) {
            cached = build(version);
            snapshot = cached;
        }
        checkedAt = now;
        return cached;
    }

    /** Forgets the cached index, after an import by this process. */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot build(long version) {
        List<Township> all = townships.all();
        boolean approximate = all.isEmpty() || all.stream().anyMatch(t -> !t.hasBoundary());
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        if (approximate) {
            Map<String, GeoPoint> seats = new LinkedHashMap<>();
            all.forEach(t -> seats.put(t.code(), t.seat()));
            geometries.putAll(new ApproximateCellBuilder().build(seats, APPROXIMATE_RADIUS_KM));
        } else {
            all.forEach(t -> geometries.put(t.code(), t.boundary()));
        }
        Map<String, TownshipArea> areas = new LinkedHashMap<>();
        all.forEach(t -> areas.put(t.code(), new TownshipArea(t, geometries.get(t.code()), approximate)));
        return new Snapshot(version, approximate, Map.copyOf(areas), new PolygonLocator<>(geometries));
    }
}
