package org.anlan.vessel.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;

/**
 * The stages of a replayed block that look at one vessel alone — de-duplication, the vessel's kind, the fence
 * watch — taken vessel by vessel (each vessel's reports in arrival order), so that a vessel's track, fingerprints
 * and fence stays are fetched into the cache once per block rather than once per report. What they decide is kept
 * per entry for the collision watch, which must then take the reports in arrival order: whether the entry is a
 * fresh fix, the vessel's kind at that fix, and the fence alarms it raised. Each track is left with the last fix of
 * the previous block, as the collision watch expects to find it. Not thread-safe.
 */
final class VesselPass {

    private final VesselCheck check;
    private final FenceHits hits = new FenceHits();
    private final List<Alarm> raised = new ArrayList<>();
    private int[] raisedBy = new int[64];
    private long stamp;

    /** Per entry: fresh fix (not a duplicate, not a kind report); the vessel's kind at it. */
    boolean[] fresh = new boolean[0];
    VesselKind[] kinds = new VesselKind[0];
    /** The fence alarms of entry i are {@code alarms[alarmsFrom[i]]} up to {@code alarms[alarmsFrom[i + 1]]}. */
    Alarm[] alarms = new Alarm[64];
    int[] alarmsFrom = new int[1];
    private int[] groupOf = new int[0];
    private int[] order = new int[0];
    private int[] groupStarts = new int[0];
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
        int groups = group(block);
        raised.clear();
        for (int g = 0; g < groups; g++) {
            int from = groupStarts[g];
            int to = groupStarts[g + 1];
            Track track = block.tracks[order[from]];
            SavedFix saved = SavedFix.of(track);
            for (int k = from; k < to; k++) {
                entry(block, order[k], track);
            }
            saved.restore(track);
        }
        byEntry(size);
    }

    private void entry(FixBlock block, int e, Track track) {
        fresh[e] = false;
        if (block.types[e] == FixBlock.KIND) {
            track.reportedKind = block.kinds[e];
            return;
        }
        long[] fingerprints = block.fingerprints;
        if (check.duplicate(track, block.times[e], fingerprints[3 * e], fingerprints[3 * e + 1],
                fingerprints[3 * e + 2])) {
            duplicates++;
            return;
        }
        fresh[e] = true;
        positions++;
        block.hitsOf(e, hits);
        int before = raised.size();
        check.check(track, block.times[e], block.lats[e], block.lons[e], block.sogs[e], block.cogs[e], hits, raised);
        kinds[e] = track.kind;
        int count = raised.size() - before;
        if (count > 0) {
            fenceAlarms += count;
            if (raised.size() > raisedBy.length) {
                raisedBy = Arrays.copyOf(raisedBy, 2 * raised.size());
            }
            Arrays.fill(raisedBy, before, raised.size(), e);
        }
    }

    /** Puts the entries in vessel order (a counting sort on each track's group in this block); returns the groups. */
    private int group(FixBlock block) {
        long current = ++stamp;
        int groups = 0;
        for (int e = 0; e < block.size; e++) {
            Track track = block.tracks[e];
            if (track.passStamp != current) {
                track.passStamp = current;
                track.passGroup = groups++;
            }
            groupOf[e] = track.passGroup;
        }
        if (groupStarts.length < groups + 2) {
            groupStarts = new int[groups + 2];
        }
        Arrays.fill(groupStarts, 0, groups + 2, 0);
        for (int e = 0; e < block.size; e++) {
            groupStarts[groupOf[e] + 2]++;
        }
        for (int g = 0; g < groups; g++) {
            groupStarts[g + 2] += groupStarts[g + 1];
        }
        for (int e = 0; e < block.size; e++) {
            order[groupStarts[groupOf[e] + 1]++] = e;
        }
        return groups;
    }

    /** Sorts the raised fence alarms by entry, keeping each entry's in the order raised. */
    private void byEntry(int size) {
        Arrays.fill(alarmsFrom, 0, size + 1, 0);
        int count = raised.size();
        for (int a = 0; a < count; a++) {
            alarmsFrom[raisedBy[a] + 1]++;
        }
        for (int e = 0; e < size; e++) {
            alarmsFrom[e + 1] += alarmsFrom[e];
        }
        if (alarms.length < count) {
            alarms = new Alarm[2 * count];
        }
        int[] next = groupOf;
        System.arraycopy(alarmsFrom, 0, next, 0, size);
        for (int a = 0; a < count; a++) {
            alarms[next[raisedBy[a]]++] = raised.get(a);
        }
    }

    private void ensureCapacity(int size) {
        if (fresh.length < size) {
            fresh = new boolean[size];
            kinds = new VesselKind[size];
            groupOf = new int[size];
            order = new int[size];
        }
        if (alarmsFrom.length < size + 1) {
            alarmsFrom = new int[size + 1];
        }
    }

    /** What the collision watch reads of a track's last fix, kept while the vessel's block is checked. */
    private record SavedFix(VesselKind kind, double lat, double lon, double sog, double cog, long timeMillis) {

        static SavedFix of(Track track) {
            return new SavedFix(track.kind, track.lat, track.lon, track.sog, track.cog, track.timeMillis);
        }

        void restore(Track track) {
            track.kind = kind;
            track.lat = lat;
            track.lon = lon;
            track.sog = sog;
            track.cog = cog;
            track.timeMillis = timeMillis;
        }
    }
}
