package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.CpaThresholds;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.VesselState;

/**
 * The collision watch: vessels in a spatial hash grid of cells one radius tall, so a fix is compared only with
 * vessels in the cells within one radius of it (distance in the local flat plane, see {@link #flatDistanceNm}), and
 * only with those of the kinds it is watched against, so the work grows with the number of nearby watched pairs,
 * not n².
 * Watched pairs (by kind) within the radius get CPA/TCPA ({@link CollisionRisk}) from both last fixes; an alarm
 * is raised when a pair's tier rises. Assumes positions away from the poles and the antimeridian.
 */
final class CollisionNeighbourhood {

    /** One arc minute of latitude is one nautical mile, as in {@link CollisionRisk}. */
    private static final double EARTH_RADIUS_NM = 60 * 180 / Math.PI;
    private static final double MAX_LATITUDE = 85;

    private static final VesselKind[] KINDS = VesselKind.values();
    private static final RiskLevel[] TIERS = {RiskLevel.ALARM, RiskLevel.WARNING, RiskLevel.ATTENTION};
    private static final double[] SIN_TENTHS = new double[3600];
    private static final double[] COS_TENTHS = new double[3600];

    static {
        for (int tenths = 0; tenths < 3600; tenths++) {
            double radians = Math.toRadians(tenths / 10.0);
            SIN_TENTHS[tenths] = Math.sin(radians);
            COS_TENTHS[tenths] = Math.cos(radians);
        }
    }

    private final PipelineSettings.CollisionWatch watch;
    private final double radiusNm;
    /** The squared radius with a margin either side: only a distance between the two needs its square root. */
    private final double radiusSquaredBelow;
    private final double radiusSquaredAbove;
    private final double cellDegrees;
    private final long staleMillis;
    /** Bit k of entry j: vessels of kind j are watched against vessels of kind k. */
    private final int[] watchedKinds;
    private final double[] cpaLimits = new double[3];
    private final double[] tcpaLimits = new double[3];
    private final LongMap<Cell> cells = new LongMap<>(1024);
    /** By kind (ordinal): the cells' buckets of that kind, keyed like {@link #cells}. */
    private final List<LongMap<Bucket>> buckets = new ArrayList<>();
    private long pairsCompared;
    private long scans;
    /** The partners of the alarms raised by the current scan, in the order raised. */
    private Track[] alarmPartners = new Track[8];
    private int alarmPartnerCount;

    /**
     * The vessels in one grid cell in arrival order (a leaver's place taken by the last one): the order a scan
     * reports alarms in. The scan itself reads the {@link Bucket}s of the kinds the moving vessel is watched
     * against, so a fishing boat's fix walks past the merchants alone.
     */
    private static final class Cell {
        Track[] members = new Track[4];
        int size;
    }

    /**
     * The vessels of one kind in one cell, with a copy of what the scan and the flat CPA read of them side by side,
     * so that a pair whose tier stays as it was is judged without touching the other vessel: fixes (lat, lon,
     * velocity east, north), MMSIs and fix times, {@link Long#MIN_VALUE} for a vessel without motion (never
     * compared).
     */
    private static final class Bucket {
        private static final int STRIDE = 4;
        Track[] members = new Track[4];
        double[] fixes = new double[4 * STRIDE];
        long[] mmsis = new long[4];
        long[] times = new long[4];
        int size;

        void copy(int i, Track track) {
            fixes[STRIDE * i] = track.lat;
            fixes[STRIDE * i + 1] = track.lon;
            fixes[STRIDE * i + 2] = track.east;
            fixes[STRIDE * i + 3] = track.north;
            mmsis[i] = track.mmsi;
            times[i] = track.hasMotion() ? track.timeMillis : Long.MIN_VALUE;
        }

        void add(Track track) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
                fixes = Arrays.copyOf(fixes, size * 2 * STRIDE);
                mmsis = Arrays.copyOf(mmsis, size * 2);
                times = Arrays.copyOf(times, size * 2);
            }
            members[size] = track;
            copy(size, track);
            track.bucketIndex = size++;
        }

        void remove(Track track) {
            Track last = members[--size];
            members[track.bucketIndex] = last;
            copy(track.bucketIndex, last);
            last.bucketIndex = track.bucketIndex;
            members[size] = null;
        }
    }

    CollisionNeighbourhood(PipelineSettings.CollisionWatch watch) {
        this.watch = watch;
        this.radiusNm = watch.radiusNm();
        this.radiusSquaredBelow = radiusNm * radiusNm * (1 - 1e-9);
        this.radiusSquaredAbove = radiusNm * radiusNm * (1 + 1e-9);
        this.cellDegrees = radiusNm / 60;
        this.staleMillis = watch.staleAfter().toMillis();
        this.watchedKinds = new int[KINDS.length];
        for (int kind = 0; kind < KINDS.length; kind++) {
            buckets.add(new LongMap<>(1024));
        }
        for (VesselKind a : KINDS) {
            for (VesselKind b : KINDS) {
                if (watch.pairs().watched(a, b)) {
                    watchedKinds[a.ordinal()] |= 1 << b.ordinal();
                }
            }
        }
        CpaThresholds t = watch.thresholds();
        CpaThresholds.Limit[] limits = {t.alarm(), t.warning(), t.attention()};
        for (int tier = 0; tier < 3; tier++) {
            cpaLimits[tier] = limits[tier].cpaNm();
            tcpaLimits[tier] = limits[tier].tcpaMin();
        }
    }

    /** Moves the track (already holding its new fix) in the grid and checks its watched neighbours. */
    void update(Track track, List<Alarm> out) {
        if (Math.abs(track.lat) > MAX_LATITUDE) {
            leave(track);
            return;
        }
        double cosLat = Math.cos(Math.toRadians(track.lat));
        track.cosLat = cosLat;
        // |tan(lat)| only bounds the flat plane's error (see flatLevel), so sin/cos from cos is close enough.
        track.tanLatPlusOne = Math.sqrt(Math.max(0, 1 - cosLat * cosLat)) / cosLat + 1;
        if (track.hasMotion()) {
            setVelocity(track);
        }
        long key = key(row(track.lat), column(track.lon));
        int kind = track.kind.ordinal();
        if (track.cellIndex < 0 || track.cellKey != key) {
            leave(track);
            enter(track, key, kind);
        } else if (track.bucketKind != kind) {
            removeFromBucket(track);
            addToBucket(track, key, kind);
        } else {
            buckets.get(kind).get(key).copy(track.bucketIndex, track);
        }
        if (!track.hasMotion()) {
            for (int i = track.partnerCount - 1; i >= 0; i--) {
                Track.setLevel(track, track.partners[i], RiskLevel.NONE);
            }
            return;
        }
        long stamp = ++scans;
        int firstAlarm = out.size();
        alarmPartnerCount = 0;
        int watched = watchedKinds[kind];
        double latDegrees = radiusNm / 60;
        double lonDegrees = latDegrees / cosLat;
        int r0 = row(track.lat - latDegrees);
        int r1 = row(track.lat + latDegrees);
        int c0 = column(track.lon - lonDegrees);
        int c1 = column(track.lon + lonDegrees);
        double lat = track.lat;
        double lon = track.lon;
        long oldest = track.timeMillis - staleMillis;
        for (int k = 0; k < KINDS.length; k++) {
            if ((watched & 1 << k) == 0) {
                continue;
            }
            LongMap<Bucket> ofKind = buckets.get(k);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    Bucket bucket = ofKind.get(key(r, c));
                    if (bucket == null) {
                        continue;
                    }
                    double[] fixes = bucket.fixes;
                    long[] times = bucket.times;
                    for (int i = 0; i < bucket.size; i++) {
                        if (times[i] < oldest) {
                            continue;
                        }
                        double x = (fixes[Bucket.STRIDE * i + 1] - lon) * 60 * cosLat;
                        double y = (fixes[Bucket.STRIDE * i] - lat) * 60;
                        double squared = x * x + y * y;
                        if (squared > radiusSquaredAbove
                                || squared > radiusSquaredBelow && Math.sqrt(squared) > radiusNm) {
                            continue;
                        }
                        long mmsi = bucket.mmsis[i];
                        if (mmsi != track.mmsi) {
                            int partner = track.partnerIndex(mmsi);
                            if (partner >= 0) {
                                track.partnerSeen[partner] = stamp;
                            }
                            compare(track, bucket, i, x, y,
                                    partner < 0 ? RiskLevel.NONE : track.partnerLevels[partner], stamp, out);
                        }
                    }
                }
            }
        }
        for (int i = track.partnerCount - 1; i >= 0; i--) {
            if (track.partnerSeen[i] != stamp) {
                Track.setLevel(track, track.partners[i], RiskLevel.NONE);
            }
        }
        if (alarmPartnerCount > 1) {
            inScanOrder(out, firstAlarm);
        }
    }

    /**
     * Puts the alarms of one scan in the order a scan of whole cells (rows, then columns, then arrival order in
     * the cell) meets the partners, whatever the kind buckets they were found in.
     */
    private void inScanOrder(List<Alarm> out, int firstAlarm) {
        for (int i = 1; i < alarmPartnerCount; i++) {
            Track partner = alarmPartners[i];
            Alarm alarm = out.get(firstAlarm + i);
            int j = i - 1;
            while (j >= 0 && scanOrder(alarmPartners[j], partner) > 0) {
                alarmPartners[j + 1] = alarmPartners[j];
                out.set(firstAlarm + j + 1, out.get(firstAlarm + j));
                j--;
            }
            alarmPartners[j + 1] = partner;
            out.set(firstAlarm + j + 1, alarm);
        }
    }

    private static int scanOrder(Track a, Track b) {
        int byRow = Integer.compare((int) (a.cellKey >> 32), (int) (b.cellKey >> 32));
        if (byRow != 0) {
            return byRow;
        }
        int byColumn = Integer.compare((int) a.cellKey, (int) b.cellKey);
        return byColumn != 0 ? byColumn : Integer.compare(a.cellIndex, b.cellIndex);
    }

    /** Velocity east and north; AIS courses come in tenths of a degree, whose sines and cosines are tabled. */
    private static void setVelocity(Track track) {
        double cog = track.cog;
        int tenths = (int) Math.round(cog * 10);
        if (tenths >= 0 && tenths < 3600 && tenths / 10.0 == cog) {
            track.east = track.sog * SIN_TENTHS[tenths];
            track.north = track.sog * COS_TENTHS[tenths];
        } else {
            double radians = Math.toRadians(cog);
            track.east = track.sog * Math.sin(radians);
            track.north = track.sog * Math.cos(radians);
        }
    }

    /** Every other fresh vessel within the radius of the track's position, whatever its kind (for tests). */
    void forEachNeighbour(Track track, Consumer<Track> action) {
        double latDegrees = radiusNm / 60;
        double lonDegrees = latDegrees / track.cosLat;
        for (int r = row(track.lat - latDegrees); r <= row(track.lat + latDegrees); r++) {
            for (int c = column(track.lon - lonDegrees); c <= column(track.lon + lonDegrees); c++) {
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

    /**
     * The pair of the moving track and vessel i of the bucket, (x, y) nm from it in the flat plane, at tier
     * {@code previous} so far. A new partner is marked seen in this scan.
     */
    private void compare(Track track, Bucket bucket, int i, double x, double y, RiskLevel previous, long stamp,
            List<Alarm> out) {
        pairsCompared++;
        RiskLevel level = flatLevel(track, x, y, bucket.fixes[Bucket.STRIDE * i + 2],
                bucket.fixes[Bucket.STRIDE * i + 3]);
        if (level == previous) {
            return;
        }
        Track other = bucket.members[i];
        if (level == null) {
            level = watch.thresholds().classify(CollisionRisk.cpa(state(track), state(other)));
        }
        if (level.compareTo(previous) > 0) {
            out.add(new CollisionAlarm(track.mmsi, other.mmsi, Instant.ofEpochMilli(track.timeMillis), level,
                    CollisionRisk.cpa(state(track), state(other)), distanceNm(track.lat, track.lon, other.lat, other.lon)));
            if (alarmPartnerCount == alarmPartners.length) {
                alarmPartners = Arrays.copyOf(alarmPartners, alarmPartnerCount * 2);
            }
            alarmPartners[alarmPartnerCount++] = other;
        }
        if (level != previous) {
            Track.setLevel(track, other, level);
            if (previous == RiskLevel.NONE) {
                track.partnerSeen[track.partnerCount - 1] = stamp;
            }
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
        return flatLevel(track, (other.lon - track.lon) * 60 * track.cosLat, (other.lat - track.lat) * 60,
                other.east, other.north);
    }

    /** {@link #flatLevel(Track, Track)} with the other vessel (x, y) nm away, moving (east, north) knots. */
    private RiskLevel flatLevel(Track track, double x, double y, double east, double north) {
        double vx = east - track.east;
        double vy = north - track.north;
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
        double cpaError = 2 * positionError;
        RiskLevel level = RiskLevel.NONE;
        for (int tier = 0; tier < 3; tier++) {
            double cpaLimit = cpaLimits[tier];
            double tcpaLimit = tcpaLimits[tier];
            if (cpa > cpaLimit + cpaError || tcpa < -tcpaError || tcpa > tcpaLimit + tcpaError) {
                continue;
            }
            if (!(cpa < cpaLimit - cpaError && tcpa > tcpaError && tcpa < tcpaLimit - tcpaError)) {
                return null;
            }
            if (level == RiskLevel.NONE) {
                level = TIERS[tier];
            }
        }
        return level;
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

    private void enter(Track track, long key, int kind) {
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
        addToBucket(track, key, kind);
    }

    private void leave(Track track) {
        if (track.cellIndex < 0) {
            return;
        }
        removeFromBucket(track);
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

    private void addToBucket(Track track, long key, int kind) {
        LongMap<Bucket> ofKind = buckets.get(kind);
        Bucket bucket = ofKind.get(key);
        if (bucket == null) {
            bucket = new Bucket();
            ofKind.put(key, bucket);
        }
        bucket.add(track);
        track.bucketKind = kind;
    }

    private void removeFromBucket(Track track) {
        LongMap<Bucket> ofKind = buckets.get(track.bucketKind);
        Bucket bucket = ofKind.get(track.cellKey);
        bucket.remove(track);
        if (bucket.size == 0) {
            ofKind.remove(track.cellKey);
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
}
