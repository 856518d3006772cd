package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.anlan.vessel.Cpa;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.CpaThresholds;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.VesselState;

/**
 * The collision watch: vessels in a spatial hash grid of cells one radius tall, so a fix is compared only with
 * vessels in the cells within one radius of it (distance in the local flat plane, see {@link #flatDistanceNm}) and the work grows with the number of nearby pairs, not n².
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
    private long pairsCompared;

    /** Members and a copy of what the scan reads of them, side by side, so a scan touches few cache lines. */
    private static final class Cell {
        Track[] members = new Track[4];
        VesselKind[] kinds = new VesselKind[4];
        double[] lats = new double[4];
        double[] lons = new double[4];
        long[] times = new long[4];
        boolean[] moving = new boolean[4];
        int size;

        void copy(int i, Track track) {
            kinds[i] = track.kind;
            lats[i] = track.lat;
            lons[i] = track.lon;
            times[i] = track.timeMillis;
            moving[i] = track.hasMotion();
        }

        void grow() {
            int capacity = size * 2;
            members = Arrays.copyOf(members, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            lats = Arrays.copyOf(lats, capacity);
            lons = Arrays.copyOf(lons, capacity);
            times = Arrays.copyOf(times, capacity);
            moving = Arrays.copyOf(moving, capacity);
        }
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
        track.cosLat = Math.cos(Math.toRadians(track.lat));
        track.tanLatPlusOne = Math.abs(Math.tan(Math.toRadians(track.lat))) + 1;
        if (track.hasMotion()) {
            double cog = Math.toRadians(track.cog);
            track.east = track.sog * Math.sin(cog);
            track.north = track.sog * Math.cos(cog);
        }
        long key = key(row(track.lat), column(track.lon));
        if (track.cellIndex < 0 || track.cellKey != key) {
            leave(track);
            enter(track, key);
        } else {
            cells.get(key).copy(track.cellIndex, track);
        }
        Track[] partnersBefore = track.partnerCount == 0 ? null
                : Arrays.copyOf(track.partners, track.partnerCount);
        if (!track.hasMotion()) {
            for (int i = track.partnerCount - 1; i >= 0; i--) {
                Track.setLevel(track, track.partners[i], RiskLevel.NONE);
            }
            return;
        }
        int[] range = cellRange(track);
        for (int r = range[0]; r <= range[1]; r++) {
            for (int c = range[2]; c <= range[3]; c++) {
                Cell cell = cells.get(key(r, c));
                if (cell == null) {
                    continue;
                }
                VesselKind[] kinds = cell.kinds;
                double[] lats = cell.lats;
                double[] lons = cell.lons;
                for (int i = 0; i < cell.size; i++) {
                    if (watch.pairs().watched(track.kind, kinds[i]) && cell.moving[i]
                            && track.timeMillis - cell.times[i] <= staleMillis
                            && flatDistanceNm(track, lats[i], lons[i]) <= radiusNm && cell.members[i] != track) {
                        Track other = cell.members[i];
                        compare(track, other, out);
                        markSeen(partnersBefore, other);
                    }
                }
            }
        }
        if (partnersBefore != null) {
            for (Track partner : partnersBefore) {
                if (partner != null && track.levelWith(partner) != RiskLevel.NONE) {
                    Track.setLevel(track, partner, RiskLevel.NONE);
                }
            }
        }
    }

    private static void markSeen(Track[] partnersBefore, Track other) {
        if (partnersBefore == null) {
            return;
        }
        for (int i = 0; i < partnersBefore.length; i++) {
            if (partnersBefore[i] == other) {
                partnersBefore[i] = null;
            }
        }
    }

    /** Every other fresh vessel within the radius of the track's position, whatever its kind (for tests). */
    void forEachNeighbour(Track track, Consumer<Track> action) {
        int[] range = cellRange(track);
        for (int r = range[0]; r <= range[1]; r++) {
            for (int c = range[2]; c <= range[3]; c++) {
                Cell cell = cells.get(key(r, c));
                for (int i = 0; cell != null && i < cell.size; i++) {
                    Track other = cell.members[i];
                    if (other != track && fresh(track, other) && flatDistanceNm(track, other) <= radiusNm) {
                        action.accept(other);
                    }
                }
            }
        }
    }

    long pairsCompared() {
        return pairsCompared;
    }

    /**
     * Distance in a local flat plane at the first vessel's latitude (equirectangular): within a few nautical miles
     * it differs from the great-circle distance by far less than a metre.
     */
    static double flatDistanceNm(Track a, Track b) {
        return flatDistanceNm(a, b.lat, b.lon);
    }

    private static double flatDistanceNm(Track a, double lat, double lon) {
        double x = (lon - a.lon) * 60 * a.cosLat;
        double y = (lat - a.lat) * 60;
        return Math.sqrt(x * x + y * y);
    }

    private boolean fresh(Track track, Track other) {
        return track.timeMillis - other.timeMillis <= staleMillis;
    }

    /** Rows r0..r1 and columns c0..c1 holding every point within the radius (flat distance) of the track. */
    private int[] cellRange(Track track) {
        double latDegrees = radiusNm / 60;
        double lonDegrees = latDegrees / track.cosLat;
        return new int[] {row(track.lat - latDegrees), row(track.lat + latDegrees),
                column(track.lon - lonDegrees), column(track.lon + lonDegrees)};
    }

    private void compare(Track track, Track other, List<Alarm> out) {
        pairsCompared++;
        RiskLevel level = flatLevel(track, other);
        if (level == null) {
            level = watch.thresholds().classify(CollisionRisk.cpa(state(track), state(other)));
        }
        RiskLevel previous = track.levelWith(other);
        if (level.compareTo(previous) > 0) {
            out.add(new CollisionAlarm(track.mmsi, other.mmsi, Instant.ofEpochMilli(track.timeMillis), level,
                    CollisionRisk.cpa(state(track), state(other)), distanceNm(track.lat, track.lon, other.lat, other.lon)));
        }
        if (level != previous) {
            Track.setLevel(track, other, level);
        }
    }

    /**
     * The tier from CPA/TCPA in the local flat plane when every tier limit is clearly met or clearly missed, or null
     * when a value lies within the flat approximation's error bound of a limit (the caller then computes exactly).
     * The flat positions differ from {@link CollisionRisk}'s azimuthal plane by about d²·tan(lat)/R (d the
     * distance, R the earth radius in miles); the bound used is ten times that plus a thousandth of a mile, so a
     * decided tier is the exact one.
     */
    RiskLevel flatLevel(Track track, Track other) {
        double x = (other.lon - track.lon) * 60 * track.cosLat;
        double y = (other.lat - track.lat) * 60;
        double vx = other.east - track.east;
        double vy = other.north - track.north;
        double speedSquared = vx * vx + vy * vy;
        if (speedSquared < 1e-4) {
            return null;
        }
        double hours = -(x * vx + y * vy) / speedSquared;
        double tcpa = hours * 60;
        double cx = x + vx * hours;
        double cy = y + vy * hours;
        double cpa = Math.sqrt(cx * cx + cy * cy);
        double positionError = 10 * (x * x + y * y) * track.tanLatPlusOne / EARTH_RADIUS_NM + 0.001;
        double tcpaError = 60 * 2 * positionError / Math.sqrt(speedSquared) + 0.01;
        CpaThresholds t = watch.thresholds();
        RiskLevel level = RiskLevel.NONE;
        for (int tier = 0; tier < 3; tier++) {
            CpaThresholds.Limit limit = tier == 0 ? t.alarm() : tier == 1 ? t.warning() : t.attention();
            Boolean reached = reached(limit, cpa, tcpa, 2 * positionError, tcpaError);
            if (reached == null) {
                return null;
            }
            if (reached && level == RiskLevel.NONE) {
                level = tier == 0 ? RiskLevel.ALARM : tier == 1 ? RiskLevel.WARNING : RiskLevel.ATTENTION;
            }
        }
        return level;
    }

    /** Whether the limit is reached, or null when the flat values are too close to a limit to tell. */
    private static Boolean reached(CpaThresholds.Limit limit, double cpa, double tcpa, double cpaError,
            double tcpaError) {
        if (cpa > limit.cpaNm() + cpaError || tcpa < -tcpaError || tcpa > limit.tcpaMin() + tcpaError) {
            return false;
        }
        boolean clearlyIn = cpa < limit.cpaNm() - cpaError && tcpa > tcpaError && tcpa < limit.tcpaMin() - tcpaError;
        return clearlyIn ? Boolean.TRUE : null;
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
            cell.grow();
        }
        cell.members[cell.size] = track;
        cell.copy(cell.size, track);
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
        cell.copy(track.cellIndex, last);
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
