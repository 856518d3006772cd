package org.anlan.vessel.stream;

import java.util.Arrays;

/** The counting sort by which the block replay puts items in order of a small key: an entry, a vessel's group. */
final class CountingSort {

    private CountingSort() {
    }

    /**
     * Sets {@code starts[k]} to where the items of key k begin in key order ({@code starts[keys]} to the count of
     * items) and {@code places[i]} to item i's place in that order, the items of one key keeping their own order.
     * Every key lies in [0, keys); {@code starts} holds at least keys + 1 and {@code places} count values.
     */
    static void order(int[] keyOf, int count, int keys, int[] starts, int[] places) {
        Arrays.fill(starts, 0, keys + 1, 0);
        for (int i = 0; i < count; i++) {
            starts[keyOf[i] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            starts[k + 1] += starts[k];
        }
        for (int i = 0; i < count; i++) {
            places[i] = starts[keyOf[i]]++;
        }
        // Each start has moved to the next key's start: move them back.
        for (int k = keys - 1; k > 0; k--) {
            starts[k] = starts[k - 1];
        }
        starts[0] = 0;
    }
}
