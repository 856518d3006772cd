package org.anlan.vessel.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;

/**
 * The stages of a replayed block that look at one vessel alone — the vessel's kind, the fence watch — taken vessel
 * by vessel (each vessel's reports in arrival order), so that a vessel's track and fence stays are fetched into the
 * cache once per block rather than once per report; the duplicates are already known
 * ({@link FixBlock#resolveTracks}). What they decide is kept per entry for the collision watch, which must then
 * take the reports in arrival order: the vessel's kind at each fresh fix and the fence alarms it raised. Each track
 * is left with the last fix of the previous block, as the collision watch expects to find it. Not thread-safe.
 */
final class VesselPass {

    private final VesselCheck check;
    private final FenceHits hits = new FenceHits();
    private final List<Alarm> raised = new ArrayList<>();
    private int[] raisedBy = new int[64];

    /** Per fresh entry ({@link FixBlock#fresh}): the vessel's kind at it. */
    VesselKind[] kinds = new VesselKind[0];
    /** The fence alarms of entry i are {@code alarms[alarmsFrom[i]]} up to {@code alarms[alarmsFrom[i + 1]]}. */
    Alarm[] alarms = new Alarm[64];
    int[] alarmsFrom = new int[1];
    /** Each entry's place in vessel order, then each fence alarm's place in entry order. */
    private int[] places = new int[0];
    /**
     * The entries in vessel order, each a copy of what the vessel stages read of it ({@link #RECORD} longs: entry
     * type and index, time, lat, lon, sog, cog as raw bits, {@link #STATE}): read one after the other, where the
     * block's own arrays, one per field, would each cost a cache miss per entry in this order.
     */
    long[] records = new long[0];
    static final int RECORD = 7;
    static final int TIME = 1;
    static final int LAT = 2;
    static final int LON = 3;
    static final int SOG = 4;
    static final int COG = 5;
    /**
     * Before the vessel stages, where a fresh fix's fence hits lie in the block (first index {@code << 32 |}
     * count), -1 for other entries; after them, the vessel's kind (ordinal) at a fresh fix, -1 for other entries.
     */
    static final int STATE = 6;
    /** The vessels of the last block, in order of their first entry: group g's records are those from
     * {@code groupStarts[g]} up to {@code groupStarts[g + 1]}. */
    int groups;
    int[] groupStarts = new int[0];
    /** Of the last block. */
    long duplicates;
    long positions;
    long fenceAlarms;

    VesselPass(VesselCheck check) {
        this.check = check;
    }

    void run(FixBlock block) {
        duplicates = 0;
        positions = 0;
        fenceAlarms = 0;
        int size = block.size;
        ensureCapacity(size);
        groups = group(block);
        raised.clear();
        for (int g = 0; g < groups; g++) {
            int from = groupStarts[g];
            int to = groupStarts[g + 1];
            Track track = block.tracks[(int) records[from * RECORD]];
            // What the collision watch reads of the track's last fix, kept while the vessel's block is checked.
            VesselKind kind = track.kind;
            double lat = track.lat;
            double lon = track.lon;
            double sog = track.sog;
            double cog = track.cog;
            long timeMillis = track.timeMillis;
            for (int k = from; k < to; k++) {
                entry(block, k * RECORD, track);
            }
            track.kind = kind;
            track.lat = lat;
            track.lon = lon;
            track.sog = sog;
            track.cog = cog;
            track.timeMillis = timeMillis;
        }
        byEntry(size);
    }

    /** The entry whose copy starts at {@code r} in {@link #records}. */
    private void entry(FixBlock block, int r, Track track) {
        long[] record = records;
        int e = (int) record[r];
        long hitsAt = record[r + STATE];
        if (record[r] >>> 32 == FixBlock.KIND) {
            track.reportedKind = block.kinds[e];
            return;
        }
        if (hitsAt < 0) {
            duplicates++;
            return;
        }
        long time = record[r + TIME];
        positions++;
        block.hitsAt((int) (hitsAt >>> 32), (int) hitsAt, hits);
        int before = raised.size();
        check.check(track, time, Double.longBitsToDouble(record[r + LAT]), Double.longBitsToDouble(record[r + LON]),
                Double.longBitsToDouble(record[r + SOG]), Double.longBitsToDouble(record[r + COG]), hits, raised);
        kinds[e] = track.kind;
        record[r + STATE] = track.kind.ordinal();
        int count = raised.size() - before;
        if (count > 0) {
            fenceAlarms += count;
            if (raised.size() > raisedBy.length) {
                raisedBy = Arrays.copyOf(raisedBy, 2 * raised.size());
            }
            Arrays.fill(raisedBy, before, raised.size(), e);
        }
    }

    /**
     * Puts the entries in vessel order (a counting sort on the vessel numbers {@link FixBlock#resolveTracks} gave
     * them); returns the groups (the block's vessels).
     */
    private int group(FixBlock block) {
        int groups = block.vessels;
        if (groupStarts.length < groups + 1) {
            groupStarts = new int[groups + 1];
        }
        CountingSort.order(block.vesselOf, block.size, groups, groupStarts, places);
        for (int e = 0; e < block.size; e++) {
            copy(block, e, places[e] * RECORD);
        }
        return groups;
    }

    /** Copies what the vessel stages read of entry e to {@code r} in {@link #records}. */
    private void copy(FixBlock block, int e, int r) {
        long[] record = records;
        record[r] = (long) block.types[e] << 32 | e;
        record[r + TIME] = block.times[e];
        record[r + LAT] = Double.doubleToRawLongBits(block.lats[e]);
        record[r + LON] = Double.doubleToRawLongBits(block.lons[e]);
        record[r + SOG] = Double.doubleToRawLongBits(block.sogs[e]);
        record[r + COG] = Double.doubleToRawLongBits(block.cogs[e]);
        record[r + STATE] = block.fresh[e] ? (long) block.hitsFrom[e] << 32 | block.hitCounts[e] : -1;
    }

    /** Sorts the raised fence alarms by entry, keeping each entry's in the order raised. */
    private void byEntry(int size) {
        int count = raised.size();
        if (places.length < count) {
            places = new int[2 * count];
        }
        CountingSort.order(raisedBy, count, size, alarmsFrom, places);
        if (alarms.length < count) {
            alarms = new Alarm[2 * count];
        }
        for (int a = 0; a < count; a++) {
            alarms[places[a]] = raised.get(a);
        }
    }

    private void ensureCapacity(int size) {
        if (kinds.length < size) {
            kinds = new VesselKind[size];
            places = new int[size];
            records = new long[size * RECORD];
        }
        if (alarmsFrom.length < size + 1) {
            alarmsFrom = new int[size + 1];
        }
    }
}
