package org.anlan.vessel.stream;

import java.util.function.Consumer;

/**
 * The pipeline's tracks by MMSI: open addressing over the tracks themselves, each holding its own key, so a look-up
 * reads one table slot and the track it needs anyway (a map with a separate key array reads one more cache line
 * per fix, which at thousands of vessels is a miss each time). Tracks are never removed. Not thread-safe.
 */
final class TrackTable {

    private Track[] slots = new Track[8192];
    private int size;

    int size() {
        return size;
    }

    /** The vessel's track, created on its first fix. */
    Track get(long mmsi) {
        int mask = slots.length - 1;
        for (int slot = slot(mmsi, mask); ; slot = (slot + 1) & mask) {
            Track track = slots[slot];
            if (track == null) {
                return add(new Track(mmsi));
            }
            if (track.mmsi == mmsi) {
                return track;
            }
        }
    }

    void forEach(Consumer<Track> action) {
        for (Track track : slots) {
            if (track != null) {
                action.accept(track);
            }
        }
    }

    private Track add(Track track) {
        if (++size * 2 > slots.length) {
            Track[] old = slots;
            slots = new Track[old.length * 2];
            for (Track moved : old) {
                if (moved != null) {
                    place(moved);
                }
            }
        }
        place(track);
        return track;
    }

    private void place(Track track) {
        int mask = slots.length - 1;
        int slot = slot(track.mmsi, mask);
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = track;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
