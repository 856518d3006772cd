package org.anlan.vessel.stream;

import java.util.Arrays;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;

/**
 * A block of decoded reports in arrival order, as parallel arrays (no object per report), for replays: the decode
 * stage fills it ({@link ReportSink}), then {@link #resolveTracks} finds every report's track and drops the
 * duplicates, and {@link #locate} runs the fence point queries — pure functions of a position — for the block's
 * fresh fixes cell by cell of the fence set's grid, so the candidates and fence grids of neighbouring cells are
 * read while still in cache, the misses of independent queries overlap, and the per-vessel stages that follow no
 * longer share the cache with the fence data. The per-vessel stages then take the reports vessel by vessel ({@link VesselPass}). Not thread-safe.
 */
final class FixBlock implements ReportSink {

    /** Entry types: a position report, or a static report's vessel kind (which later fixes of the vessel read). */
    static final byte FIX = 0;
    static final byte KIND = 1;

    private int capacity;
    int size;
    byte[] types;
    /** The index of the line (within the replayed block of lines) that completed the entry. */
    int[] lines;
    long[] mmsis;
    long[] times;
    double[] lats;
    double[] lons;
    double[] sogs;
    double[] cogs;
    long[] fingerprints;
    VesselKind[] kinds;
    Track[] tracks;
    /** Entry i is a fix that is not a duplicate (as {@link VesselCheck#duplicate} decides in arrival order). */
    boolean[] fresh;
    /** The vessels of the block, numbered in order of their first entry, and entry i's vessel number. */
    int vessels;
    int[] vesselOf;
    /** Entry i's covering fences are {@code hits[hitsFrom[i]]} … (count {@code hitCounts[i]}). */
    int[] hitsFrom;
    int[] hitCounts;
    int[] hits = new int[1024];
    private int hitsSize;
    /** Entries by grid cell, for {@link #locate}. */
    private int[] cellOf;
    private int[] byCell;
    private int[] cellsByCell;
    private double[] latsByCell;
    private double[] lonsByCell;
    private int[] cellStarts = new int[0];
    private int line;
    private long unusable;
    private long stamp;

    FixBlock(int capacity) {
        allocate(capacity);
    }

    /** Empties the block. */
    void clear() {
        size = 0;
        hitsSize = 0;
    }

    /** The line that the next reports come from. */
    void line(int index) {
        line = index;
    }

    /** Reports without a usable position or MMSI seen since the last call. */
    long takeUnusable() {
        long count = unusable;
        unusable = 0;
        return count;
    }

    @Override
    public void fix(long mmsi, long timeMillis, double lat, double lon, double sog, double cog, Position.Source source,
            long fingerprintA, long fingerprintB, long fingerprintC) {
        if (mmsi <= 0 || mmsi > SentenceDecoding.MAX_MMSI) {
            unusable++;
            return;
        }
        int i = next(FIX, mmsi);
        times[i] = timeMillis;
        lats[i] = lat;
        lons[i] = lon;
        sogs[i] = sog;
        cogs[i] = cog;
        fingerprints[3 * i] = fingerprintA;
        fingerprints[3 * i + 1] = fingerprintB;
        fingerprints[3 * i + 2] = fingerprintC;
    }

    @Override
    public void reportedKind(long mmsi, VesselKind kind) {
        kinds[next(KIND, mmsi)] = kind;
    }

    @Override
    public void unusable() {
        unusable++;
    }

    /**
     * Every entry's track, created in arrival order as one-by-one processing creates them, and whether each fix is
     * fresh: de-duplicated here, in arrival order, so the fence queries skip the duplicates. A track's latest fresh
     * fix is followed on the track beside its last fix, which the later stages need as it was before the block.
     * The block's vessels are numbered in order of their first entry ({@link #vesselOf}), for the vessel pass.
     */
    void resolveTracks(TrackTable table, VesselCheck check) {
        long current = ++stamp;
        int numbered = 0;
        for (int i = 0; i < size; i++) {
            Track track = table.get(mmsis[i]);
            tracks[i] = track;
            if (track.blockStamp != current) {
                track.blockStamp = current;
                track.blockVessel = numbered++;
                track.latestFreshMillis = track.timeMillis;
            }
            vesselOf[i] = track.blockVessel;
            if (types[i] != FIX) {
                fresh[i] = false;
                continue;
            }
            boolean duplicate = check.duplicate(track, track.latestFreshMillis, times[i], fingerprints[3 * i],
                    fingerprints[3 * i + 1], fingerprints[3 * i + 2]);
            fresh[i] = !duplicate;
            if (!duplicate) {
                track.latestFreshMillis = times[i];
            }
        }
        vessels = numbered;
    }

    /** Every fresh fix's covering fences, queried cell by cell of the set's grid (a counting sort by cell). */
    void locate(FenceSet fences) {
        int cells = fences.gridCells();
        if (cellStarts.length < cells + 2) {
            cellStarts = new int[cells + 2];
        }
        Arrays.fill(cellStarts, 0, cells + 2, 0);
        for (int i = 0; i < size; i++) {
            hitCounts[i] = 0;
            int cell = fresh[i] ? fences.gridCell(lats[i], lons[i]) : -1;
            cellOf[i] = cell;
            if (cell >= 0) {
                cellStarts[cell + 2]++;
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            cellStarts[cell + 2] += cellStarts[cell + 1];
        }
        // The queries' inputs copied in cell order, so the query loop reads them one after the other.
        for (int i = 0; i < size; i++) {
            int cell = cellOf[i];
            if (cell >= 0) {
                int k = cellStarts[cell + 1]++;
                byCell[k] = i;
                cellsByCell[k] = cell;
                latsByCell[k] = lats[i];
                lonsByCell[k] = lons[i];
            }
        }
        int located = cellStarts[cells];
        int most = fences.mostCandidates();
        for (int k = 0; k < located; k++) {
            if (hitsSize + most > hits.length) {
                hits = Arrays.copyOf(hits, Math.max(hits.length * 2, hitsSize + most));
            }
            int count = fences.coveringInCell(cellsByCell[k], latsByCell[k], lonsByCell[k], hits, hitsSize);
            int i = byCell[k];
            hitsFrom[i] = hitsSize;
            hitCounts[i] = count;
            hitsSize += count;
        }
    }

    /** Puts entry i's covering fences into {@code into}. */
    void hitsOf(int i, FenceHits into) {
        hitsAt(hitsFrom[i], hitCounts[i], into);
    }

    /** Puts the {@code count} covering fences from {@code from} into {@code into}. */
    void hitsAt(int from, int count, FenceHits into) {
        into.setTo(hits, from, count);
    }

    private int next(byte type, long mmsi) {
        if (size == capacity) {
            grow();
        }
        int i = size++;
        types[i] = type;
        lines[i] = line;
        mmsis[i] = mmsi;
        return i;
    }

    /** Doubles the arrays the decode stage fills, keeping their entries; the others are filled after it. */
    private void grow() {
        capacity *= 2;
        types = Arrays.copyOf(types, capacity);
        lines = Arrays.copyOf(lines, capacity);
        mmsis = Arrays.copyOf(mmsis, capacity);
        times = Arrays.copyOf(times, capacity);
        lats = Arrays.copyOf(lats, capacity);
        lons = Arrays.copyOf(lons, capacity);
        sogs = Arrays.copyOf(sogs, capacity);
        cogs = Arrays.copyOf(cogs, capacity);
        fingerprints = Arrays.copyOf(fingerprints, 3 * capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        allocateFilledLater();
    }

    private void allocate(int entries) {
        capacity = Math.max(16, entries);
        types = new byte[capacity];
        lines = new int[capacity];
        mmsis = new long[capacity];
        times = new long[capacity];
        lats = new double[capacity];
        lons = new double[capacity];
        sogs = new double[capacity];
        cogs = new double[capacity];
        fingerprints = new long[3 * capacity];
        kinds = new VesselKind[capacity];
        allocateFilledLater();
    }

    private void allocateFilledLater() {
        tracks = new Track[capacity];
        fresh = new boolean[capacity];
        vesselOf = new int[capacity];
        hitsFrom = new int[capacity];
        hitCounts = new int[capacity];
        cellOf = new int[capacity];
        byCell = new int[capacity];
        cellsByCell = new int[capacity];
        latsByCell = new double[capacity];
        lonsByCell = new double[capacity];
    }
}
