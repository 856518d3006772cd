package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;

/**
 * The collision watch: vessels in a spatial hash grid of cells one radius tall, so a fix is compared only with
 * vessels in the cells within one radius of it (distance in the local flat plane, see {@link #flatDistanceNm}), and
 * only with those of the kinds it is watched against, so the work grows with the number of nearby watched pairs,
 * not n².
 * Watched pairs (by kind) within the radius get CPA/TCPA ({@link CollisionRisk}) from both last fixes, the tier
 * decided by {@link CpaTiers}; an alarm is raised when a pair's tier rises. Assumes positions away from the poles
 * and the antimeridian.
 */
final class CollisionNeighbourhood {

    private static final double MAX_LATITUDE = 85;

    private static final VesselKind[] KINDS = VesselKind.values();
    private static final double[] SIN_TENTHS = new double[3600];
    private static final double[] COS_TENTHS = new double[3600];

    /**
     * Per quarter degree of latitude 0–90: its cosine and sine, for {@link #cosLat}, and |tan| + 1 rounded up, for
     * {@link #tanLatPlusOne}.
     */
    private static final double[] COS_QUARTERS = new double[361];
    private static final double[] SIN_QUARTERS = new double[361];
    private static final double[] TAN_PLUS_ONE_QUARTERS = new double[361];

    static {
        for (int tenths = 0; tenths < 3600; tenths++) {
            double radians = Math.toRadians(tenths / 10.0);
            SIN_TENTHS[tenths] = Math.sin(radians);
            COS_TENTHS[tenths] = Math.cos(radians);
        }
        for (int quarter = 0; quarter <= 360; quarter++) {
            double radians = Math.toRadians(quarter / 4.0);
            COS_QUARTERS[quarter] = Math.cos(radians);
            SIN_QUARTERS[quarter] = Math.sin(radians);
            TAN_PLUS_ONE_QUARTERS[quarter] = quarter == 360 ? Double.POSITIVE_INFINITY
                    : Math.tan(radians) * (1 + 1e-12) + 1;
        }
    }

    private final CpaTiers tiers;
    private final double radiusNm;
    /** The squared radius with a margin either side: only a distance between the two needs its square root. */
    private final double radiusSquaredBelow;
    private final double radiusSquaredAbove;
    private final double cellDegrees;
    private final long staleMillis;
    /** Bit k of entry j: vessels of kind j are watched against vessels of kind k. */
    private final int[] watchedKinds;
    private final LongMap<Cell> cells = new LongMap<>(1024);
    /** By kind (ordinal): what a scan reads of the vessels of that kind, cell by cell. */
    private final CellBlocks[] blocks = new CellBlocks[KINDS.length];
    private long pairsCompared;
    private int vesselsInGrid;
    private long scans;
    private long partnerMarks;
    /**
     * By vessel slot ({@link Track#slot}), {@link #SLOT_STATE} longs each, side by side so that a neighbour costs
     * one cache line: the scan that last met the vessel; the mark of the scanning vessel's partners it was last
     * marked with; and, while that mark is {@link #partnerMarks}, its index among them. So a neighbour's tier so far
     * is found without searching the partner list.
     */
    private long[] slotState = new long[256 * SLOT_STATE];
    private static final int SLOT_STATE = 3;
    private static final int MET_IN_SCAN = 0;
    private static final int PARTNER_MARK = 1;
    private static final int PARTNER_AT = 2;
    /** By slot: the vessel. */
    private Track[] bySlot = new Track[256];
    private int slots;
    /** The partners of the alarms raised by the current scan, in the order raised. */
    private Track[] alarmPartners = new Track[8];
    private int alarmPartnerCount;

    /**
     * The vessels in one grid cell in arrival order (a leaver's place taken by the last one): the order a scan
     * reports alarms in. The scan itself reads the cell's block ({@link CellBlocks}) of each kind the moving vessel
     * is watched against, so a fishing boat's fix walks past the merchants alone.
     */
    static final class Cell {
        Track[] members = new Track[4];
        int size;
        /** By kind: the cell's block of vessels of that kind, -1 for none. */
        final int[] blocks = new int[KINDS.length];
        /**
         * By kind: the blocks of that kind in the cells around this one ({@link #AROUND_ROWS} ×
         * {@link #AROUND_COLUMNS}, row by row, -1 where there is none), or null until needed again after a
         * block there came, went or moved; so a scan from this cell needs no hash look-ups.
         */
        final int[][] around = new int[KINDS.length][];

        Cell() {
            Arrays.fill(blocks, -1);
        }
    }

    /** The rows and columns around a cell whose blocks a cell keeps: a scan from within it never needs more. */
    private static final int AROUND_ROWS = 3;
    private static final int AROUND_COLUMNS = 5;

    CollisionNeighbourhood(PipelineSettings.CollisionWatch watch) {
        this.tiers = new CpaTiers(watch.thresholds());
        this.radiusNm = watch.radiusNm();
        this.radiusSquaredBelow = radiusNm * radiusNm * (1 - 1e-9);
        this.radiusSquaredAbove = radiusNm * radiusNm * (1 + 1e-9);
        this.cellDegrees = radiusNm / 60;
        this.staleMillis = watch.staleAfter().toMillis();
        this.watchedKinds = new int[KINDS.length];
        for (int kind = 0; kind < KINDS.length; kind++) {
            blocks[kind] = new CellBlocks();
        }
        for (VesselKind a : KINDS) {
            for (VesselKind b : KINDS) {
                if (watch.pairs().watched(a, b)) {
                    watchedKinds[a.ordinal()] |= 1 << b.ordinal();
                }
            }
        }
    }

    /** Moves the track (already holding its new fix) in the grid and checks its watched neighbours. */
    void update(Track track, List<Alarm> out) {
        if (Math.abs(track.lat) > MAX_LATITUDE) {
            leave(track);
            return;
        }
        double cosLat = cosLat(track.lat);
        track.cosLat = cosLat;
        track.tanLatPlusOne = tanLatPlusOne(track.lat);
        if (track.hasMotion()) {
            int tenths = tenths(track.cog);
            track.east = east(track.sog, track.cog, tenths);
            track.north = north(track.sog, track.cog, tenths);
        }
        long key = place(track);
        int kind = track.kind.ordinal();
        if (!track.hasMotion()) {
            for (int i = track.partnerCount - 1; i >= 0; i--) {
                Track.setLevel(track, track.partners[i], RiskLevel.NONE);
            }
            return;
        }
        long stamp = ++scans;
        markPartners(track);
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
        int homeRow = (int) (key >> 32);
        int homeColumn = (int) key;
        int firstRow = homeRow - AROUND_ROWS / 2;
        int firstColumn = homeColumn - AROUND_COLUMNS / 2;
        Cell home = r0 >= firstRow && r1 < firstRow + AROUND_ROWS && c0 >= firstColumn
                && c1 < firstColumn + AROUND_COLUMNS ? cells.get(key) : null;
        for (int k = 0; k < KINDS.length; k++) {
            if ((watched & 1 << k) == 0) {
                continue;
            }
            long[] arena = blocks[k].arena;
            int[] around = home == null ? null : around(home, homeRow, homeColumn, k);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int block = around != null
                            ? around[(r - firstRow) * AROUND_COLUMNS + c - firstColumn] : blockAt(key(r, c), k);
                    if (block < 0) {
                        continue;
                    }
                    int end = CellBlocks.entry(block, (int) arena[block]);
                    for (int e = block + 1; e < end; e += CellBlocks.STRIDE) {
                        if (arena[e + CellBlocks.TIME] < oldest) {
                            continue;
                        }
                        double x = (Double.longBitsToDouble(arena[e + CellBlocks.LON]) - lon) * 60 * cosLat;
                        double y = (Double.longBitsToDouble(arena[e + CellBlocks.LAT]) - lat) * 60;
                        double squared = x * x + y * y;
                        if (squared > radiusSquaredAbove
                                || squared > radiusSquaredBelow && Math.sqrt(squared) > radiusNm) {
                            continue;
                        }
                        int slot = (int) arena[e + CellBlocks.SLOT];
                        if (slot != track.slot) {
                            int state = slot * SLOT_STATE;
                            slotState[state + MET_IN_SCAN] = stamp;
                            compare(track, arena, e, x, y, slotState[state + PARTNER_MARK] == partnerMarks
                                    ? track.partnerLevels[(int) slotState[state + PARTNER_AT]] : RiskLevel.NONE,
                                    out);
                        }
                    }
                }
            }
        }
        for (int i = track.partnerCount - 1; i >= 0; i--) {
            if (slotState[track.partnerSlots[i] * SLOT_STATE + MET_IN_SCAN] != stamp) {
                Track.setLevel(track, track.partners[i], RiskLevel.NONE);
            }
        }
        if (alarmPartnerCount > 1) {
            inScanOrder(out, firstAlarm);
        }
    }

    /**
     * Puts the track, holding its new fix and the fix's geometry ({@link #cosLat}, {@link #tanLatPlusOne}, velocity),
     * in its grid cell and block, or takes it out of the grid when the fix is too near a pole; the partners are
     * left as they are. Returns the cell's key.
     */
    long place(Track track) {
        if (Math.abs(track.lat) > MAX_LATITUDE) {
            leave(track);
            return 0;
        }
        if (track.slot < 0) {
            assignSlot(track);
        }
        long key = key(row(track.lat), column(track.lon));
        int kind = track.kind.ordinal();
        if (track.cellIndex < 0 || track.cellKey != key) {
            leave(track);
            enter(track, key, kind);
        } else if (track.blockKind != kind) {
            Cell cell = cells.get(key);
            removeFromBlock(track, cell);
            addToBlock(track, cell, key, kind);
        } else {
            copy(blocks[kind].arena, track.entryAt, track);
        }
        return key;
    }

    /** Writes the track's fix into its grid entry, where it is (in the grid, in the block of its kind). */
    void refresh(Track track) {
        copy(blocks[track.blockKind].arena, track.entryAt, track);
    }

    /** Whether the collision watch takes a fix at this latitude (it leaves the poles out). */
    static boolean inGrid(double lat) {
        return Math.abs(lat) <= MAX_LATITUDE;
    }

    /**
     * cos(lat) for the flat plane's east–west scale, cheaper per fix than {@code Math.cos}: the nearest quarter
     * degree's cosine and sine from a table, turned by the rest (at most an eighth of a degree) through its cosine
     * and sine as series whose first omitted terms lie below 1e-25. Up to 85° it lies within 3e-15 (relative) of
     * {@code Math.cos(Math.toRadians(lat))}, which rounds its argument about as much.
     */
    static double cosLat(double lat) {
        double degrees = Math.abs(lat);
        if (!(degrees <= 90)) {
            return Math.cos(Math.toRadians(lat));
        }
        int quarter = (int) (degrees * 4 + 0.5);
        double rest = Math.toRadians(degrees - quarter * 0.25);
        double rest2 = rest * rest;
        double cosRest = 1 - rest2 * 0.5 * (1 - rest2 * (1.0 / 12) * (1 - rest2 * (1.0 / 30)));
        double sinRest = rest * (1 - rest2 * (1.0 / 6) * (1 - rest2 * (1.0 / 20) * (1 - rest2 * (1.0 / 42))));
        return COS_QUARTERS[quarter] * cosRest - SIN_QUARTERS[quarter] * sinRest;
    }

    /**
     * |tan(lat)| + 1 or a little more (that of the quarter degree at or above |lat|), which only bounds the flat
     * plane's error ({@link CpaTiers#flatLevel}), for a latitude in the grid.
     */
    static double tanLatPlusOne(double lat) {
        return TAN_PLUS_ONE_QUARTERS[(int) Math.ceil(Math.abs(lat) * 4)];
    }

    /**
     * Puts the alarms of one scan in the order a scan of whole cells (rows, then columns, then arrival order in
     * the cell) meets the partners, whatever the kind blocks they were found in.
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

    static int scanOrder(Track a, Track b) {
        int byRow = Integer.compare((int) (a.cellKey >> 32), (int) (b.cellKey >> 32));
        if (byRow != 0) {
            return byRow;
        }
        int byColumn = Integer.compare((int) a.cellKey, (int) b.cellKey);
        return byColumn != 0 ? byColumn : Integer.compare(a.cellIndex, b.cellIndex);
    }

    /** The cell's blocks of the kind around it, looked up again after a block there came, went or moved. */
    private int[] around(Cell cell, int row, int column, int kind) {
        int[] around = cell.around[kind];
        if (around == null) {
            around = new int[AROUND_ROWS * AROUND_COLUMNS];
            for (int r = 0; r < AROUND_ROWS; r++) {
                for (int c = 0; c < AROUND_COLUMNS; c++) {
                    around[r * AROUND_COLUMNS + c] = blockAt(key(row - AROUND_ROWS / 2 + r,
                            column - AROUND_COLUMNS / 2 + c), kind);
                }
            }
            cell.around[kind] = around;
        }
        return around;
    }

    /** The block of the kind in the cell with this key, -1 for none. */
    private int blockAt(long key, int kind) {
        Cell cell = cells.get(key);
        return cell == null ? -1 : cell.blocks[kind];
    }

    /** A block of the kind came, went or moved in the cell with this key: the cells around look theirs up again. */
    private void blocksChanged(long key, int kind) {
        int row = (int) (key >> 32);
        int column = (int) key;
        for (int r = row - AROUND_ROWS / 2; r <= row + AROUND_ROWS / 2; r++) {
            for (int c = column - AROUND_COLUMNS / 2; c <= column + AROUND_COLUMNS / 2; c++) {
                Cell cell = cells.get(key(r, c));
                if (cell != null) {
                    cell.around[kind] = null;
                }
            }
        }
    }

    /** Gives the track the next slot in the per-vessel arrays. */
    private void assignSlot(Track track) {
        if (slots == bySlot.length) {
            bySlot = Arrays.copyOf(bySlot, slots * 2);
            slotState = Arrays.copyOf(slotState, slots * 2 * SLOT_STATE);
        }
        bySlot[slots] = track;
        track.slot = slots++;
    }

    /** Marks the track's partners (index by slot) under a new mark, valid until its partner list changes. */
    private void markPartners(Track track) {
        long mark = ++partnerMarks;
        for (int i = 0; i < track.partnerCount; i++) {
            int state = track.partnerSlots[i] * SLOT_STATE;
            slotState[state + PARTNER_MARK] = mark;
            slotState[state + PARTNER_AT] = i;
        }
    }

    /**
     * Velocity east and north as {@link CollisionRisk} computes it; AIS courses come in tenths of a degree, whose
     * sines and cosines are tabled.
     */
    static double east(double sog, double cog, int tenths) {
        return Math.min(sog, CpaTiers.MAX_SOG) * (tenths >= 0 ? SIN_TENTHS[tenths] : Math.sin(Math.toRadians(cog)));
    }

    static double north(double sog, double cog, int tenths) {
        return Math.min(sog, CpaTiers.MAX_SOG) * (tenths >= 0 ? COS_TENTHS[tenths] : Math.cos(Math.toRadians(cog)));
    }

    /**
     * The course in whole tenths of a degree (0–3599) when it is one, else -1. (Rounding half to even instead of
     * up changes nothing: a course halfway between two tenths is no whole tenth either way.)
     */
    static int tenths(double cog) {
        int tenths = (int) Math.rint(cog * 10);
        return tenths >= 0 && tenths < 3600 && tenths / 10.0 == cog ? tenths : -1;
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

    /** Counts pairs compared elsewhere with this watch's state ({@link BlockCollisionWatch}). */
    void addPairsCompared(long pairs) {
        pairsCompared += pairs;
    }

    /** How many vessels are in the grid. */
    int vesselsInGrid() {
        return vesselsInGrid;
    }

    double radiusNm() {
        return radiusNm;
    }

    long staleMillis() {
        return staleMillis;
    }

    /** Bit k set when vessels of the kind of this ordinal are watched against vessels of kind k. */
    int watchedKinds(int kind) {
        return watchedKinds[kind];
    }

    /** Whether the flat-plane distance squared is within the radius, exactly as a scan decides it. */
    boolean withinRadius(double squared) {
        return !(squared > radiusSquaredAbove || squared > radiusSquaredBelow && Math.sqrt(squared) > radiusNm);
    }

    /** Gives the track a slot unless it has one, as its first fix in the grid would. */
    void ensureSlot(Track track) {
        if (track.slot < 0) {
            assignSlot(track);
        }
    }

    /** The grid cell at this row and column, or null when no vessel is in it. */
    Cell cell(int row, int column) {
        return cells.get(key(row, column));
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
     * The pair of the moving track and the vessel whose entry starts at {@code e} in the arena, (x, y) nm from it in
     * the flat plane, at tier {@code previous} so far.
     */
    private void compare(Track track, long[] arena, int e, double x, double y, RiskLevel previous,
            List<Alarm> out) {
        pairsCompared++;
        RiskLevel level = tiers.flatLevel(track, x, y, Double.longBitsToDouble(arena[e + CellBlocks.EAST]),
                Double.longBitsToDouble(arena[e + CellBlocks.NORTH]));
        if (level != previous) {
            settle(track, bySlot[(int) arena[e + CellBlocks.SLOT]], level, previous, out);
        }
    }

    /**
     * The rarer end of {@link #compare}, apart so that the scan's loop stays small: the pair's tier, {@code flat}
     * from the flat plane (null when it could not tell), differs from the tier so far; raises an alarm if it rose.
     */
    private void settle(Track track, Track other, RiskLevel flat, RiskLevel previous, List<Alarm> out) {
        RiskLevel level = flat != null ? flat : tiers.level(track, other);
        if (level == previous) {
            return;
        }
        if (level.compareTo(previous) > 0) {
            out.add(new CollisionAlarm(track.mmsi, other.mmsi, Instant.ofEpochMilli(track.timeMillis), level,
                    CollisionRisk.cpa(CpaTiers.state(track), CpaTiers.state(other)),
                    distanceNm(track.lat, track.lon, other.lat, other.lon)));
            if (alarmPartnerCount == alarmPartners.length) {
                alarmPartners = Arrays.copyOf(alarmPartners, alarmPartnerCount * 2);
            }
            alarmPartners[alarmPartnerCount++] = other;
        }
        Track.setLevel(track, other, level);
        markPartners(track);
    }

    /** The pair's tier (for tests): {@link CpaTiers#level} unless the flat plane settles it. */
    RiskLevel level(Track track, Track other) {
        RiskLevel flat = tiers.flatLevel(track, other);
        return flat != null ? flat : tiers.level(track, other);
    }

    CpaTiers tiers() {
        return tiers;
    }

    static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinLat = Math.sin((phi2 - phi1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinLat * sinLat + Math.cos(phi1) * Math.cos(phi2) * sinLon * sinLon;
        return 2 * CpaTiers.EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
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
        vesselsInGrid++;
        track.cellKey = key;
        track.cellIndex = cell.size++;
        addToBlock(track, cell, key, kind);
    }

    private void leave(Track track) {
        if (track.cellIndex < 0) {
            return;
        }
        Cell cell = cells.get(track.cellKey);
        removeFromBlock(track, cell);
        Track last = cell.members[--cell.size];
        cell.members[track.cellIndex] = last;
        last.cellIndex = track.cellIndex;
        cell.members[cell.size] = null;
        track.cellIndex = -1;
        vesselsInGrid--;
        if (cell.size == 0) {
            cells.remove(track.cellKey);
        }
    }

    private void addToBlock(Track track, Cell cell, long key, int kind) {
        CellBlocks ofKind = blocks[kind];
        int block = cell.blocks[kind];
        if (block < 0) {
            block = ofKind.open();
            cell.blocks[kind] = block;
            blocksChanged(key, kind);
        } else if (ofKind.full(block)) {
            block = ofKind.grow(block);
            cell.blocks[kind] = block;
            for (int i = 0; i < ofKind.size(block); i++) {
                int at = CellBlocks.entry(block, i);
                bySlot[(int) ofKind.arena[at + CellBlocks.SLOT]].entryAt = at;
            }
            blocksChanged(key, kind);
        }
        track.entryAt = ofKind.append(block);
        track.blockKind = kind;
        copy(ofKind.arena, track.entryAt, track);
    }

    private void removeFromBlock(Track track, Cell cell) {
        int kind = track.blockKind;
        CellBlocks ofKind = blocks[kind];
        int block = cell.blocks[kind];
        int moved = ofKind.remove(block, track.entryAt);
        if (moved >= 0) {
            bySlot[moved].entryAt = track.entryAt;
        }
        if (ofKind.size(block) == 0) {
            ofKind.release(block);
            cell.blocks[kind] = -1;
            blocksChanged(track.cellKey, kind);
        }
    }

    /** Writes the track's fix into its entry. */
    private static void copy(long[] arena, int at, Track track) {
        arena[at + CellBlocks.LAT] = Double.doubleToRawLongBits(track.lat);
        arena[at + CellBlocks.LON] = Double.doubleToRawLongBits(track.lon);
        arena[at + CellBlocks.EAST] = Double.doubleToRawLongBits(track.east);
        arena[at + CellBlocks.NORTH] = Double.doubleToRawLongBits(track.north);
        arena[at + CellBlocks.TIME] = track.hasMotion() ? track.timeMillis : Long.MIN_VALUE;
        arena[at + CellBlocks.SLOT] = track.slot;
    }

    int row(double lat) {
        return (int) Math.floor(lat / cellDegrees);
    }

    int column(double lon) {
        return (int) Math.floor(lon / cellDegrees);
    }

    static long key(int row, int column) {
        return (long) row << 32 | (column & 0xffffffffL);
    }
}
