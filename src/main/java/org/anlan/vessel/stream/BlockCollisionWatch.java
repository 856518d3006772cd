package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;

/**
 * The collision watch of a replayed block, pair by pair. A pair's tier changes only when one of its two vessels
 * reports, and depends on nothing but the two vessels' fixes and the tier so far; so instead of scanning each
 * moving vessel's neighbourhood in arrival order ({@link CollisionNeighbourhood#update}), the pairs that can meet
 * in the block — vessels whose positions in the block come within the radius of each other, and pairs already at
 * some tier — are each taken once, their two vessels' fixes merged in arrival order, with the same decisions the
 * scan makes at every fix: the same pairs compared, the same tiers, the same alarms. The alarms are kept by the
 * entry that raised them; {@link PositionPipeline} hands them over in arrival order after moving each vessel in the
 * grid, sorted as a scan meets the partners ({@link #alarmsOf}).
 * <p>
 * Each vessel's fixes are copied into one table ({@link #fixes}), the vessel's state before the block first, with
 * the geometry the watch needs (cos and tan of the latitude, velocity), so the merge reads two short runs of memory.
 * Not thread-safe.
 */
final class BlockCollisionWatch {

    /** A fix in {@link #fixes}: {@value #STRIDE} longs, doubles as raw bits. */
    private static final int STRIDE = 8;
    private static final int LAT = 0;
    private static final int LON = 1;
    private static final int EAST = 2;
    private static final int NORTH = 3;
    private static final int COS_LAT = 4;
    private static final int TAN_LAT_PLUS_ONE = 5;
    private static final int TIME = 6;
    /** Entry index (upper half; -1 for a vessel's state before the block), flags and kind ordinal (lower half). */
    private static final int META = 7;
    private static final long KIND_MASK = 0xff;
    /** The vessel is in the grid: its fix is away from the poles. */
    private static final long IN_GRID = 1 << 8;
    /** The fix has speed and course. */
    private static final long MOTION = 1 << 9;
    private static final long VISIBLE = IN_GRID | MOTION;
    /** The fix's speed is beyond {@link CpaTiers#MAX_SOG}. */
    private static final long FAST = 1 << 10;
    private static final VesselKind[] KINDS = VesselKind.values();
    /**
     * A vessel whose positions in a block span more grid cells than this (it jumped) is indexed and looked around
     * by the cells of each of its positions rather than by those of its box.
     */
    private static final int MAX_BOX_CELLS = 16;

    private final CollisionNeighbourhood watch;
    private final CpaTiers tiers;
    private final long staleMillis;
    private final int[] watchedKinds;
    /** By set of kinds (bit k for kind ordinal k): the kinds any of them is watched against. */
    private final int[] watchedByAny;
    /** By set of kinds: the kinds that vessels of any of them are watched against or watched by. */
    private final int[] pairableWith;
    private final double marginDegrees;
    private final double radiusSquared;
    /** Stand-ins for the rare tiers the flat plane cannot settle and for the alarms' values. */
    private final Track own = new Track(0);
    private final Track other = new Track(0);
    private long stamp;
    private FixBlock block;

    /** The vessels of the block first (in grid order, {@link #spatialOrder}), then the others met. */
    private Track[] participants = new Track[64];
    private int participantCount;
    private int blockVessels;
    /** Participant p's fixes are from {@code fixFrom[p]} up to {@code fixFrom[p + 1]} (the first its prior state). */
    private int[] fixFrom = new int[65];
    private long[] fixes = new long[64 * STRIDE];
    private int fixCount;
    /** By fix: the sine of its latitude once a pair needed it, else NaN. */
    private double[] sinLats = new double[64];
    /** By fresh entry: its fix in {@link #fixes} (only fresh entries are asked for theirs). */
    private int[] fixOfEntry = new int[0];
    /**
     * By fresh entry: whether its fix moves the vessel in the collision grid (into, out of or to another cell, or to
     * another kind's block there): only then must the grid see it before the entry's alarms are handed over.
     */
    private boolean[] movesAt = new boolean[0];
    /** Per block vessel: the box of its visible positions (south, north, west, east); south > north for none. */
    private double[] boxes = new double[64 * 4];
    /** Per block vessel: the cosine of its box's largest |latitude|, the least cosLat of any of its positions. */
    private double[] boxCosLats = new double[64];
    /** Per participant: the kinds it holds in the block (as a bit set). */
    private int[] kindSets = new int[64];
    private int[] lastQueryOf = new int[64];
    private int[] order = new int[0];
    private long[] orderKeys = new long[0];

    /**
     * Block vessels by kind and grid cell of their boxes: per kind, the cell's first index in {@link #indexed} by
     * key, then each index the next of the kind in the same cell (-1 ends), and the vessel.
     */
    private final LongIntMap[] firstInCell;
    /** The kinds whose vessels look for partners in the block ({@link #queryingKinds}). */
    private int queryingKinds;
    /** How many vessels of the block were in the grid before it: when all in the grid were, none is outside. */
    private int blockVesselsInGrid;
    /** Whether the grid holds vessels outside the block (see {@link #blockVesselsInGrid}). */
    private boolean othersInGrid;
    private int[] nextInCell = new int[64];
    private int[] indexed = new int[64];
    private int indexedCount;

    private final LongIntMap pairSet = new LongIntMap();
    private int[] pairs = new int[128];
    private RiskLevel[] pairTiers = new RiskLevel[64];
    private int pairCount;

    /** The alarms raised, in order raised, each with its entry and partner; then sorted by entry. */
    private CollisionAlarm[] alarms = new CollisionAlarm[16];
    private Track[] alarmPartners = new Track[16];
    private int[] alarmEntries = new int[16];
    private int alarmCount;
    private int[] alarmsFrom = new int[1];
    private CollisionAlarm[] alarmsByEntry = new CollisionAlarm[16];
    private int[] places = new int[16];
    private Track[] partnersByEntry = new Track[16];

    BlockCollisionWatch(CollisionNeighbourhood watch) {
        this.watch = watch;
        this.tiers = watch.tiers();
        this.staleMillis = watch.staleMillis();
        this.marginDegrees = watch.radiusNm() / 60 * (1 + 1e-6) + 1e-9;
        this.radiusSquared = watch.radiusNm() * watch.radiusNm();
        int kinds = VesselKind.values().length;
        this.watchedKinds = new int[kinds];
        for (int k = 0; k < kinds; k++) {
            watchedKinds[k] = watch.watchedKinds(k);
        }
        this.watchedByAny = new int[1 << kinds];
        for (int set = 0; set < watchedByAny.length; set++) {
            for (int k = 0; k < kinds; k++) {
                if ((set & 1 << k) != 0) {
                    watchedByAny[set] |= watchedKinds[k];
                }
            }
        }
        this.pairableWith = new int[1 << kinds];
        for (int set = 0; set < pairableWith.length; set++) {
            pairableWith[set] = watchedByAny[set];
            for (int k = 0; k < kinds; k++) {
                if ((watchedKinds[k] & set) != 0) {
                    pairableWith[set] |= 1 << k;
                }
            }
        }
        this.firstInCell = new LongIntMap[kinds];
        for (int k = 0; k < kinds; k++) {
            firstInCell[k] = new LongIntMap();
        }
    }

    /**
     * Decides the collision watch of the block: the tiers of its pairs at its end (set on the tracks) and the
     * alarms of each entry. The tracks must hold the state before the block ({@link VesselPass} leaves them so).
     */
    void run(FixBlock block, VesselPass pass) {
        stamp++;
        this.block = block;
        participantCount = 0;
        fixCount = 0;
        pairCount = 0;
        alarmCount = 0;
        blockVessels = pass.groups;
        if (fixOfEntry.length < block.size) {
            fixOfEntry = new int[block.size];
            movesAt = new boolean[block.size];
        }
        tableBlockVessels(block, pass);
        findPairs();
        if (sinLats.length < fixCount) {
            sinLats = new double[fixes.length / STRIDE];
        }
        Arrays.fill(sinLats, 0, fixCount, Double.NaN);
        // Each pair's tier before the block, looked up in a loop of its own (whose cache misses overlap): running
        // a pair changes only its own tier.
        if (pairTiers.length < pairCount) {
            pairTiers = new RiskLevel[pairs.length / 2];
        }
        for (int i = 0; i < pairCount; i++) {
            pairTiers[i] = tierOf(participants[pairs[2 * i]], participants[pairs[2 * i + 1]]);
        }
        long compared = 0;
        for (int i = 0; i < pairCount; i++) {
            compared += runPair(pairs[2 * i], pairs[2 * i + 1], pairTiers[i]);
        }
        watch.addPairsCompared(compared);
        byEntry(block.size);
    }

    /** Copies each block vessel's prior state and fresh fixes into the table, with their box and kinds. */
    private void tableBlockVessels(FixBlock block, VesselPass pass) {
        long[] records = pass.records;
        int[] order = spatialOrder(block, pass);
        blockVesselsInGrid = 0;
        for (int i = 0; i < blockVessels; i++) {
            int g = order[i];
            int from = pass.groupStarts[g];
            int to = pass.groupStarts[g + 1];
            int p = participant(block.tracks[(int) records[from * VesselPass.RECORD]]);
            if (participants[p].cellIndex >= 0) {
                blockVesselsInGrid++;
            }
            double south = Double.POSITIVE_INFINITY;
            double north = Double.NEGATIVE_INFINITY;
            double west = Double.POSITIVE_INFINITY;
            double east = Double.NEGATIVE_INFINITY;
            if ((fixes[fixFrom[p] * STRIDE + META] & VISIBLE) == VISIBLE) {
                south = north = participants[p].lat;
                west = east = participants[p].lon;
            }
            int kinds = kindSets[p];
            Track track = participants[p];
            boolean inGrid = track.cellIndex >= 0;
            long cellKey = track.cellKey;
            int blockKind = track.blockKind;
            for (int k = from; k < to; k++) {
                int r = k * VesselPass.RECORD;
                int kind = (int) records[r + VesselPass.STATE];
                if (kind < 0) {
                    continue;
                }
                int e = (int) records[r];
                double lat = Double.longBitsToDouble(records[r + VesselPass.LAT]);
                double lon = Double.longBitsToDouble(records[r + VesselPass.LON]);
                fixOfEntry[e] = fixCount;
                long meta = addFix(lat, lon, Double.longBitsToDouble(records[r + VesselPass.SOG]),
                        Double.longBitsToDouble(records[r + VesselPass.COG]), records[r + VesselPass.TIME], kind, e);
                if ((meta & IN_GRID) == 0) {
                    movesAt[e] = inGrid;
                    inGrid = false;
                } else {
                    long key = CollisionNeighbourhood.key(watch.row(lat), watch.column(lon));
                    movesAt[e] = !inGrid || key != cellKey || kind != blockKind;
                    inGrid = true;
                    cellKey = key;
                    blockKind = kind;
                }
                if ((meta & VISIBLE) == VISIBLE) {
                    south = Math.min(south, lat);
                    north = Math.max(north, lat);
                    west = Math.min(west, lon);
                    east = Math.max(east, lon);
                    kinds |= 1 << kind;
                }
            }
            fixFrom[p + 1] = fixCount;
            kindSets[p] = kinds;
            boxes[4 * p] = south;
            boxes[4 * p + 1] = north;
            boxes[4 * p + 2] = west;
            boxes[4 * p + 3] = east;
            boxCosLats[p] = CollisionNeighbourhood.cosLat(Math.min(90, Math.max(Math.abs(south), Math.abs(north))));
        }
    }

    /**
     * The block's vessels (groups) in order of the grid cell of their last fix before the block, row by row, so
     * that the pairs of neighbouring vessels, found and run in this order, read fixes still in the cache.
     */
    private int[] spatialOrder(FixBlock block, VesselPass pass) {
        if (order.length < blockVessels) {
            order = new int[blockVessels];
            orderKeys = new long[blockVessels];
        }
        if (blockVessels >= 1 << 24) {
            for (int g = 0; g < blockVessels; g++) {
                order[g] = g;
            }
            return order;
        }
        for (int g = 0; g < blockVessels; g++) {
            Track track = block.tracks[(int) pass.records[pass.groupStarts[g] * VesselPass.RECORD]];
            long row = watch.row(track.lat) & 0xfffff;
            long column = watch.column(track.lon) & 0xfffff;
            orderKeys[g] = (row << 20 | column) << 24 | g;
        }
        Arrays.sort(orderKeys, 0, blockVessels);
        for (int i = 0; i < blockVessels; i++) {
            order[i] = (int) (orderKeys[i] & 0xffffff);
        }
        return order;
    }

    /** The participant index of the track, adding it (with its state before the block) when new. */
    private int participant(Track track) {
        if (track.watchStamp == stamp) {
            return track.watchIndex;
        }
        int p = participantCount++;
        if (p == participants.length) {
            int size = 2 * p;
            participants = Arrays.copyOf(participants, size);
            fixFrom = Arrays.copyOf(fixFrom, size + 1);
            boxes = Arrays.copyOf(boxes, 4 * size);
            boxCosLats = Arrays.copyOf(boxCosLats, size);
            kindSets = Arrays.copyOf(kindSets, size);
            lastQueryOf = Arrays.copyOf(lastQueryOf, size);
        }
        participants[p] = track;
        track.watchStamp = stamp;
        track.watchIndex = p;
        lastQueryOf[p] = -1;
        fixFrom[p] = fixCount;
        long flags = (track.cellIndex >= 0 ? IN_GRID : 0) | (track.hasMotion() ? MOTION : 0)
                | (track.sog > CpaTiers.MAX_SOG ? FAST : 0);
        int at = reserveFix();
        fixes[at + LAT] = Double.doubleToRawLongBits(track.lat);
        fixes[at + LON] = Double.doubleToRawLongBits(track.lon);
        fixes[at + EAST] = Double.doubleToRawLongBits(track.east);
        fixes[at + NORTH] = Double.doubleToRawLongBits(track.north);
        fixes[at + COS_LAT] = Double.doubleToRawLongBits(track.cosLat);
        fixes[at + TAN_LAT_PLUS_ONE] = Double.doubleToRawLongBits(track.tanLatPlusOne);
        fixes[at + TIME] = track.timeMillis;
        fixes[at + META] = -1L << 32 | flags | track.blockKind;
        fixFrom[p + 1] = fixCount;
        kindSets[p] = (flags & VISIBLE) == VISIBLE ? 1 << track.blockKind : 0;
        return p;
    }

    private long addFix(double lat, double lon, double sog, double cog, long time, int kind, int entry) {
        int at = reserveFix();
        long flags = 0;
        fixes[at + LAT] = Double.doubleToRawLongBits(lat);
        fixes[at + LON] = Double.doubleToRawLongBits(lon);
        if (CollisionNeighbourhood.inGrid(lat)) {
            flags |= IN_GRID;
            double cosLat = CollisionNeighbourhood.cosLat(lat);
            fixes[at + COS_LAT] = Double.doubleToRawLongBits(cosLat);
            fixes[at + TAN_LAT_PLUS_ONE] = Double.doubleToRawLongBits(CollisionNeighbourhood.tanLatPlusOne(lat));
        }
        if (sog > CpaTiers.MAX_SOG) {
            flags |= FAST;
        }
        if (!Double.isNaN(sog) && !Double.isNaN(cog)) {
            flags |= MOTION;
            int tenths = CollisionNeighbourhood.tenths(cog);
            fixes[at + EAST] = Double.doubleToRawLongBits(CollisionNeighbourhood.east(sog, cog, tenths));
            fixes[at + NORTH] = Double.doubleToRawLongBits(CollisionNeighbourhood.north(sog, cog, tenths));
        }
        fixes[at + TIME] = time;
        long meta = (long) entry << 32 | flags | kind;
        fixes[at + META] = meta;
        return meta;
    }

    private int reserveFix() {
        if ((fixCount + 1) * STRIDE > fixes.length) {
            fixes = Arrays.copyOf(fixes, 2 * fixes.length);
        }
        return fixCount++ * STRIDE;
    }

    /**
     * The pairs whose tier the block may change: those with a vessel of the block that come within the radius of
     * each other at some fix (found through the grid cells of their boxes, with a margin) and are watched in some
     * direction between the kinds they hold, and those already at some tier.
     */
    private void findPairs() {
        pairSet.clear();
        indexByCell();
        queryingKinds = queryingKinds();
        othersInGrid = watch.vesselsInGrid() > blockVesselsInGrid;
        for (int a = 0; a < blockVessels; a++) {
            if (boxes[4 * a] > boxes[4 * a + 1] || (kindSets[a] & queryingKinds) == 0 && !othersInGrid) {
                continue;
            }
            if (isWide(a)) {
                int p = fixFrom[a];
                for (int at = p; at < fixFrom[a + 1]; at++) {
                    long meta = fixes[at * STRIDE + META];
                    if ((meta & VISIBLE) == VISIBLE) {
                        double lat = Double.longBitsToDouble(fixes[at * STRIDE + LAT]);
                        double lon = Double.longBitsToDouble(fixes[at * STRIDE + LON]);
                        query(a, lat, lat, lon, lon);
                    }
                }
            } else {
                query(a, boxes[4 * a], boxes[4 * a + 1], boxes[4 * a + 2], boxes[4 * a + 3]);
            }
        }
        for (int a = 0; a < blockVessels; a++) {
            Track track = participants[a];
            for (int i = 0; i < track.partnerCount; i++) {
                addPair(a, participant(track.partners[i]));
            }
        }
    }

    /**
     * The kinds whose vessels look for partners among the block's vessels: the fewest vessels such that of every
     * watched pair of kinds at least one is among them (of merchants and fishing boats, the merchants). The
     * others only look for vessels outside the block, which look for none.
     */
    private int queryingKinds() {
        int kinds = watchedKinds.length;
        int[] vessels = new int[kinds];
        for (int p = 0; p < blockVessels; p++) {
            for (int set = kindSets[p]; set != 0; set &= set - 1) {
                vessels[Integer.numberOfTrailingZeros(set)]++;
            }
        }
        int best = (1 << kinds) - 1;
        long fewest = Long.MAX_VALUE;
        for (int set = 0; set < 1 << kinds; set++) {
            boolean covers = true;
            long count = 0;
            for (int k = 0; k < kinds; k++) {
                if ((set & 1 << k) != 0) {
                    count += vessels[k];
                } else if ((watchedKinds[k] & ~set) != 0) {
                    covers = false; // kind k watches a kind outside the set
                }
            }
            if (covers && count < fewest) {
                fewest = count;
                best = set;
            }
        }
        return best;
    }

    private boolean isWide(int p) {
        long rows = (long) watch.row(boxes[4 * p + 1]) - watch.row(boxes[4 * p]) + 1;
        long columns = (long) watch.column(boxes[4 * p + 3]) - watch.column(boxes[4 * p + 2]) + 1;
        return rows * columns > MAX_BOX_CELLS;
    }

    /**
     * Lists the block vessels by the grid cells of their boxes; a vessel whose box spans too many cells by the
     * cells of each of its visible positions.
     */
    private void indexByCell() {
        for (LongIntMap map : firstInCell) {
            map.clear();
        }
        indexedCount = 0;
        for (int p = 0; p < blockVessels; p++) {
            if (boxes[4 * p] > boxes[4 * p + 1]) {
                continue;
            }
            if (isWide(p)) {
                for (int at = fixFrom[p]; at < fixFrom[p + 1]; at++) {
                    if ((fixes[at * STRIDE + META] & VISIBLE) == VISIBLE) {
                        indexCell(watch.row(Double.longBitsToDouble(fixes[at * STRIDE + LAT])),
                                watch.column(Double.longBitsToDouble(fixes[at * STRIDE + LON])), p);
                    }
                }
                continue;
            }
            int r1 = watch.row(boxes[4 * p + 1]);
            int c0 = watch.column(boxes[4 * p + 2]);
            int c1 = watch.column(boxes[4 * p + 3]);
            for (int r = watch.row(boxes[4 * p]); r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    indexCell(r, c, p);
                }
            }
        }
    }

    private void indexCell(int row, int column, int p) {
        long key = CollisionNeighbourhood.key(row, column);
        for (int kinds = kindSets[p]; kinds != 0; kinds &= kinds - 1) {
            LongIntMap first = firstInCell[Integer.numberOfTrailingZeros(kinds)];
            if (indexedCount == indexed.length) {
                indexed = Arrays.copyOf(indexed, 2 * indexedCount);
                nextInCell = Arrays.copyOf(nextInCell, 2 * indexedCount);
            }
            int i = indexedCount++;
            indexed[i] = p;
            nextInCell[i] = first.get(key);
            first.put(key, i);
        }
    }

    /**
     * Pairs vessel a with the vessels near the box (south, north, west, east) of its positions: later vessels of
     * the block by {@link #firstInCell}, vessels outside the block by the grid.
     */
    private void query(int a, double south, double north, double west, double east) {
        double s = south - marginDegrees;
        double n = north + marginDegrees;
        double cosMin = Math.cos(Math.toRadians(Math.min(90, Math.max(Math.abs(s), Math.abs(n)))));
        double lonMargin = marginDegrees / cosMin;
        double w = west - lonMargin;
        double e = east + lonMargin;
        int r0 = watch.row(s);
        int r1 = watch.row(n);
        int c0 = watch.column(w);
        int c1 = watch.column(e);
        int pairable = pairableWith[kindSets[a]];
        int querying = (kindSets[a] & queryingKinds) != 0 ? queryingKinds : 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                long key = CollisionNeighbourhood.key(r, c);
                for (int kinds = querying == 0 ? 0 : pairable; kinds != 0; kinds &= kinds - 1) {
                    LongIntMap first = firstInCell[Integer.numberOfTrailingZeros(kinds)];
                    for (int i = first.get(key); i >= 0; i = nextInCell[i]) {
                        int b = indexed[i];
                        // of two querying vessels, the first finds the pair
                        if ((b > a || (kindSets[b] & querying) == 0) && lastQueryOf[b] != a
                                && boxes[4 * b] <= n && boxes[4 * b + 1] >= s
                                && boxes[4 * b + 2] <= e && boxes[4 * b + 3] >= w) {
                            lastQueryOf[b] = a;
                            if (mayComeWithinRadius(a, boxes[4 * b], boxes[4 * b + 1], boxes[4 * b + 2],
                                    boxes[4 * b + 3], boxCosLats[b])) {
                                addPair(a, b);
                            }
                        }
                    }
                }
                CollisionNeighbourhood.Cell cell = othersInGrid ? watch.cell(r, c) : null;
                for (int m = 0; cell != null && m < cell.size; m++) {
                    Track track = cell.members[m];
                    if (track.watchStamp == stamp && track.watchIndex < blockVessels || !track.hasMotion()
                            || (pairable & 1 << track.blockKind) == 0 || track.lat < s || track.lat > n
                            || track.lon < w || track.lon > e) {
                        continue;
                    }
                    if (!mayComeWithinRadius(a, track.lat, track.lat, track.lon, track.lon,
                            CollisionNeighbourhood.cosLat(track.lat))) {
                        continue;
                    }
                    int b = participant(track);
                    if (lastQueryOf[b] != a) {
                        lastQueryOf[b] = a;
                        addPair(a, b);
                    }
                }
            }
        }
    }

    /**
     * False when no position of block vessel a can come within the radius of any position in the box (south,
     * north, west, east) in the flat plane of either vessel's latitude: then each of the pair's fixes finds the
     * other out of reach, and a pair at no tier before the block stays at none without a comparison. The gap
     * between the boxes bounds every offset from below, the least cosLat of either box every east-west scale;
     * the relative margin of a millionth is far above rounding.
     */
    private boolean mayComeWithinRadius(int a, double south, double north, double west, double east, double cosLat) {
        double latGap = Math.max(0, Math.max(south - boxes[4 * a + 1], boxes[4 * a] - north)) * 60;
        double lonGap = Math.max(0, Math.max(west - boxes[4 * a + 3], boxes[4 * a + 2] - east)) * 60
                * Math.min(cosLat, boxCosLats[a]);
        return latGap * latGap + lonGap * lonGap <= radiusSquared * (1 + 1e-6);
    }

    private void addPair(int a, int b) {
        if (!pairSet.addIfAbsent((long) Math.min(a, b) << 32 | Math.max(a, b))) {
            return;
        }
        if (2 * pairCount + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
        }
        pairs[2 * pairCount] = a;
        pairs[2 * pairCount + 1] = b;
        pairCount++;
    }

    /**
     * Runs one pair through the block: each fix of either vessel, in arrival order, decided as the moving
     * vessel's scan decides it. Sets the pair's tier at the end on both tracks; returns the comparisons made.
     */
    private int runPair(int p, int q, RiskLevel initial) {
        Track first = participants[p];
        Track second = participants[q];
        RiskLevel level = initial;
        long[] f = fixes;
        int pAt = fixFrom[p];
        int pLast = fixFrom[p + 1] - 1;
        int qAt = fixFrom[q];
        int qLast = fixFrom[q + 1] - 1;
        int compared = 0;
        for (int events = pLast - pAt + qLast - qAt; events > 0; events--) {
            long pNext = pAt < pLast ? f[(pAt + 1) * STRIDE + META] : Long.MAX_VALUE;
            long qNext = qAt < qLast ? f[(qAt + 1) * STRIDE + META] : Long.MAX_VALUE;
            // Which vessel reports next is as good as random: chosen without a branch the processor would miss.
            int firstMoves = (int) ((pNext - qNext) >>> 63);
            pAt += firstMoves;
            qAt += 1 - firstMoves;
            int moving = qAt + firstMoves * (pAt - qAt);
            int m = moving * STRIDE;
            int o = (pAt + qAt - moving) * STRIDE;
            long meta = f[m + META];
            if ((meta & IN_GRID) == 0) {
                continue;
            }
            long otherMeta = f[o + META];
            if ((meta & MOTION) == 0 || (otherMeta & VISIBLE) != VISIBLE
                    || f[o + TIME] < f[m + TIME] - staleMillis
                    || (watchedKinds[(int) (meta & KIND_MASK)] & 1 << (int) (otherMeta & KIND_MASK)) == 0) {
                level = RiskLevel.NONE;
                continue;
            }
            double x = (Double.longBitsToDouble(f[o + LON]) - Double.longBitsToDouble(f[m + LON])) * 60
                    * Double.longBitsToDouble(f[m + COS_LAT]);
            double y = (Double.longBitsToDouble(f[o + LAT]) - Double.longBitsToDouble(f[m + LAT])) * 60;
            if (!watch.withinRadius(x * x + y * y)) {
                level = RiskLevel.NONE;
                continue;
            }
            compared++;
            double ownEast = Double.longBitsToDouble(f[m + EAST]);
            double ownNorth = Double.longBitsToDouble(f[m + NORTH]);
            double ownTanLatPlusOne = Double.longBitsToDouble(f[m + TAN_LAT_PLUS_ONE]);
            double east = Double.longBitsToDouble(f[o + EAST]);
            double north = Double.longBitsToDouble(f[o + NORTH]);
            RiskLevel now = tiers.clearlyNone(ownEast, ownNorth, ownTanLatPlusOne, x, y, east, north) ? RiskLevel.NONE
                    : tiers.flatLevel(ownEast, ownNorth, ownTanLatPlusOne, x, y, east, north);
            if (now != level) {
                level = settle(now, level, m, o, firstMoves == 1 ? first : second, firstMoves == 1 ? second : first);
            }
        }
        if (level != initial) {
            watch.ensureSlot(first);
            watch.ensureSlot(second);
            Track.setLevel(first, second, level);
        }
        return compared;
    }

    /**
     * The rarer end of {@link #runPair}: the tier from the flat plane ({@code flat}, null when it could not tell)
     * differs from the tier so far; settles it and raises an alarm if it rose. Returns the tier.
     */
    private RiskLevel settle(RiskLevel flat, RiskLevel previous, int m, int o, Track mover, Track partner) {
        RiskLevel level = flat;
        if (level == null) {
            standIn(own, m, mover, false);
            standIn(other, o, partner, false);
            double sinLat = sinLats[m / STRIDE];
            if (sinLat != sinLat) {
                sinLat = Math.sin(Math.toRadians(own.lat));
                sinLats[m / STRIDE] = sinLat;
            }
            level = tiers.preciseLevel(own, other, sinLat);
            if (level == null) {
                standIn(own, m, mover, true);
                standIn(other, o, partner, true);
                level = tiers.exactLevel(own, other);
            }
        }
        if (level.compareTo(previous) > 0) {
            standIn(own, m, mover, true);
            standIn(other, o, partner, true);
            int entry = (int) (fixes[m + META] >> 32);
            addAlarm(entry, partner, new CollisionAlarm(mover.mmsi, partner.mmsi,
                    Instant.ofEpochMilli(fixes[m + TIME]), level,
                    CollisionRisk.cpa(CpaTiers.state(own), CpaTiers.state(other)),
                    CollisionNeighbourhood.distanceNm(own.lat, own.lon, other.lat, other.lon)));
        }
        return level;
    }

    /**
     * Fills the stand-in with the fix at {@code at} of the track, as the track itself would hold it; without the
     * course, and with a speed that only tells whether it is beyond {@link CpaTiers#MAX_SOG}, unless
     * {@code whole}: those are read from the block, and {@link CpaTiers#preciseLevel} needs no more.
     */
    private void standIn(Track standIn, int at, Track track, boolean whole) {
        long meta = fixes[at + META];
        int entry = (int) (meta >> 32);
        standIn.lat = Double.longBitsToDouble(fixes[at + LAT]);
        standIn.lon = Double.longBitsToDouble(fixes[at + LON]);
        if (whole) {
            standIn.sog = entry >= 0 ? block.sogs[entry] : track.sog;
            standIn.cog = entry >= 0 ? block.cogs[entry] : track.cog;
        } else {
            standIn.sog = (meta & FAST) != 0 ? Double.POSITIVE_INFINITY : 0;
            standIn.cog = Double.NaN;
        }
        standIn.east = Double.longBitsToDouble(fixes[at + EAST]);
        standIn.north = Double.longBitsToDouble(fixes[at + NORTH]);
        standIn.cosLat = Double.longBitsToDouble(fixes[at + COS_LAT]);
        standIn.tanLatPlusOne = Double.longBitsToDouble(fixes[at + TAN_LAT_PLUS_ONE]);
        standIn.timeMillis = fixes[at + TIME];
    }

    private static RiskLevel tierOf(Track a, Track b) {
        for (int i = 0; i < a.partnerCount; i++) {
            if (a.partners[i] == b) {
                return a.partnerLevels[i];
            }
        }
        return RiskLevel.NONE;
    }

    private void addAlarm(int entry, Track partner, CollisionAlarm alarm) {
        if (alarmCount == alarms.length) {
            alarms = Arrays.copyOf(alarms, 2 * alarmCount);
            alarmPartners = Arrays.copyOf(alarmPartners, 2 * alarmCount);
            alarmEntries = Arrays.copyOf(alarmEntries, 2 * alarmCount);
        }
        alarms[alarmCount] = alarm;
        alarmPartners[alarmCount] = partner;
        alarmEntries[alarmCount++] = entry;
    }

    /** Sorts the alarms by entry, each entry's in the order raised. */
    private void byEntry(int size) {
        if (alarmsFrom.length < size + 1) {
            alarmsFrom = new int[size + 1];
        }
        if (alarmsByEntry.length < alarmCount) {
            alarmsByEntry = new CollisionAlarm[2 * alarmCount];
            partnersByEntry = new Track[2 * alarmCount];
        }
        if (places.length < alarmCount) {
            places = new int[2 * alarmCount];
        }
        CountingSort.order(alarmEntries, alarmCount, size, alarmsFrom, places);
        for (int a = 0; a < alarmCount; a++) {
            alarmsByEntry[places[a]] = alarms[a];
            partnersByEntry[places[a]] = alarmPartners[a];
        }
    }

    /** Whether fresh entry e's fix moves its vessel in the collision grid. */
    boolean movesInGrid(int e) {
        return movesAt[e];
    }

    boolean hasAlarms(int e) {
        return alarmsFrom[e] != alarmsFrom[e + 1];
    }

    /**
     * Leaves each vessel of the block with its last fix and the geometry of its last fixes in the grid, as the
     * collision watch taking every fix would, and its grid entry holding that fix.
     */
    void finish() {
        for (int p = 0; p < blockVessels; p++) {
            int first = fixFrom[p] + 1;
            int last = fixFrom[p + 1] - 1;
            if (last < first) {
                continue;
            }
            Track track = participants[p];
            int at = last * STRIDE;
            long meta = fixes[at + META];
            int entry = (int) (meta >> 32);
            track.kind = KINDS[(int) (meta & KIND_MASK)];
            track.lat = Double.longBitsToDouble(fixes[at + LAT]);
            track.lon = Double.longBitsToDouble(fixes[at + LON]);
            track.sog = block.sogs[entry];
            track.cog = block.cogs[entry];
            track.timeMillis = fixes[at + TIME];
            int inGrid = last;
            while (inGrid >= first && (fixes[inGrid * STRIDE + META] & IN_GRID) == 0) {
                inGrid--;
            }
            if (inGrid >= first) {
                track.cosLat = Double.longBitsToDouble(fixes[inGrid * STRIDE + COS_LAT]);
                track.tanLatPlusOne = Double.longBitsToDouble(fixes[inGrid * STRIDE + TAN_LAT_PLUS_ONE]);
            }
            int moving = last;
            while (moving >= first && (fixes[moving * STRIDE + META] & VISIBLE) != VISIBLE) {
                moving--;
            }
            if (moving >= first) {
                track.east = Double.longBitsToDouble(fixes[moving * STRIDE + EAST]);
                track.north = Double.longBitsToDouble(fixes[moving * STRIDE + NORTH]);
            }
            if (track.cellIndex >= 0) {
                watch.refresh(track);
            }
        }
    }

    /** Gives the track the geometry of entry e's fix, as {@link CollisionNeighbourhood#update} would. */
    void setGeometry(Track track, int e) {
        int at = fixOfEntry[e] * STRIDE;
        long meta = fixes[at + META];
        if ((meta & IN_GRID) != 0) {
            track.cosLat = Double.longBitsToDouble(fixes[at + COS_LAT]);
            track.tanLatPlusOne = Double.longBitsToDouble(fixes[at + TAN_LAT_PLUS_ONE]);
            if ((meta & MOTION) != 0) {
                track.east = Double.longBitsToDouble(fixes[at + EAST]);
                track.north = Double.longBitsToDouble(fixes[at + NORTH]);
            }
        }
    }

    /**
     * Hands over entry e's alarms in the order a scan meets the partners where they are now (so after the
     * vessels of the earlier entries and the entry's own moved); returns how many.
     */
    int alarmsOf(int e, int line, ObjIntConsumer<Alarm> out) {
        int from = alarmsFrom[e];
        int to = alarmsFrom[e + 1];
        for (int i = from + 1; i < to; i++) {
            Track partner = partnersByEntry[i];
            CollisionAlarm alarm = alarmsByEntry[i];
            int j = i - 1;
            while (j >= from && CollisionNeighbourhood.scanOrder(partnersByEntry[j], partner) > 0) {
                partnersByEntry[j + 1] = partnersByEntry[j];
                alarmsByEntry[j + 1] = alarmsByEntry[j];
                j--;
            }
            partnersByEntry[j + 1] = partner;
            alarmsByEntry[j + 1] = alarm;
        }
        for (int i = from; i < to; i++) {
            out.accept(alarmsByEntry[i], line);
        }
        return to - from;
    }
}
