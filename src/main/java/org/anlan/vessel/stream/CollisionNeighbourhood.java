package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.anlan.vessel.Cpa;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselState;

/**
 * The collision watch: vessels in a spatial hash grid of cells one radius tall, so a fix is compared only with
 * vessels in the cells within one radius of it and the work grows with the number of nearby pairs, not n².
 * Watched pairs (by kind) within the radius get CPA/TCPA ({@link CollisionRisk}) from both last fixes; an alarm
 * is raised when a pair's tier rises. Assumes positions away from the poles and the antimeridian.
 */
final class CollisionNeighbourhood {

    /** One arc minute of latitude is one nautical mile, as in {@link CollisionRisk}. */
    private static final double EARTH_RADIUS_NM = 60 * 180 / Math.PI;
    private static final double MAX_LATITUDE = 85;

    private final PipelineSettings.CollisionWatch watch;
    private final double radiusNm;
    private final double cellDegrees;
    private final long staleMillis;
    private final LongMap<Cell> cells = new LongMap<>(1024);
    private final LongMap<RiskLevel> pairLevels = new LongMap<>(256);
    private long pairsCompared;

    private static final class Cell {
        Track[] members = new Track[4];
        int size;
    }

    CollisionNeighbourhood(PipelineSettings.CollisionWatch watch) {
        this.watch = watch;
        this.radiusNm = watch.radiusNm();
        this.cellDegrees = radiusNm / 60;
        this.staleMillis = watch.staleAfter().toMillis();
    }

    /** Moves the track (already holding its new fix) in the grid and checks its watched neighbours. */
    void update(Track track, List<Alarm> out) {
        if (Math.abs(track.lat) > MAX_LATITUDE) {
            leave(track);
            return;
        }
        long key = key(row(track.lat), column(track.lon));
        if (track.cellIndex < 0 || track.cellKey != key) {
            leave(track);
            enter(track, key);
        }
        if (track.hasMotion()) {
            forEachNeighbour(track, other -> compare(track, other, out));
        }
    }

    /** Every other fresh vessel within the radius of the track's position, whatever its kind. */
    void forEachNeighbour(Track track, Consumer<Track> action) {
        double latDegrees = radiusNm / 60;
        double maxLat = Math.min(MAX_LATITUDE, Math.abs(track.lat) + latDegrees);
        double lonDegrees = latDegrees / Math.cos(Math.toRadians(maxLat));
        int r0 = row(track.lat - latDegrees);
        int r1 = row(track.lat + latDegrees);
        int c0 = column(track.lon - lonDegrees);
        int c1 = column(track.lon + lonDegrees);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Cell cell = cells.get(key(r, c));
                if (cell == null) {
                    continue;
                }
                for (int i = 0; i < cell.size; i++) {
                    Track other = cell.members[i];
                    if (other != track && track.timeMillis - other.timeMillis <= staleMillis
                            && distanceNm(track.lat, track.lon, other.lat, other.lon) <= radiusNm) {
                        action.accept(other);
                    }
                }
            }
        }
    }

    long pairsCompared() {
        return pairsCompared;
    }

    private void compare(Track track, Track other, List<Alarm> out) {
        if (!other.hasMotion() || !watch.pairs().watched(track.kind, other.kind)) {
            return;
        }
        pairsCompared++;
        Cpa cpa = CollisionRisk.cpa(state(track), state(other));
        RiskLevel level = watch.thresholds().classify(cpa);
        long pair = pairKey(track.mmsi, other.mmsi);
        RiskLevel previous = pairLevels.get(pair);
        if (level == RiskLevel.NONE) {
            if (previous != null) {
                pairLevels.remove(pair);
            }
            return;
        }
        if (previous == null || level.compareTo(previous) > 0) {
            out.add(new CollisionAlarm(track.mmsi, other.mmsi, Instant.ofEpochMilli(track.timeMillis), level, cpa,
                    distanceNm(track.lat, track.lon, other.lat, other.lon)));
        }
        if (previous != level) {
            pairLevels.put(pair, level);
        }
    }

    static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinLat = Math.sin((phi2 - phi1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinLat * sinLat + Math.cos(phi1) * Math.cos(phi2) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static VesselState state(Track track) {
        return new VesselState(track.lat, track.lon, Math.min(track.sog, 102.1), track.cog);
    }

    private void enter(Track track, long key) {
        Cell cell = cells.get(key);
        if (cell == null) {
            cell = new Cell();
            cells.put(key, cell);
        }
        if (cell.size == cell.members.length) {
            cell.members = Arrays.copyOf(cell.members, cell.size * 2);
        }
        cell.members[cell.size] = track;
        track.cellKey = key;
        track.cellIndex = cell.size++;
    }

    private void leave(Track track) {
        if (track.cellIndex < 0) {
            return;
        }
        Cell cell = cells.get(track.cellKey);
        Track last = cell.members[--cell.size];
        cell.members[track.cellIndex] = last;
        last.cellIndex = track.cellIndex;
        cell.members[cell.size] = null;
        track.cellIndex = -1;
        if (cell.size == 0) {
            cells.remove(track.cellKey);
        }
    }

    private int row(double lat) {
        return (int) Math.floor(lat / cellDegrees);
    }

    private int column(double lon) {
        return (int) Math.floor(lon / cellDegrees);
    }

    private static long key(int row, int column) {
        return (long) row << 32 | (column & 0xffffffffL);
    }

    private static long pairKey(long a, long b) {
        return Math.min(a, b) * 1_000_000_000L + Math.max(a, b);
    }
}
