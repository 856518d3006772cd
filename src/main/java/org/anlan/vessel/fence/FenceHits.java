package org.anlan.vessel.fence;

import java.util.Arrays;

/** A reusable list of fence indexes (into a {@link FenceSet}) filled by a query; not thread-safe. */
public final class FenceHits {

    private int[] indexes = new int[8];
    private int size;

    public int size() {
        return size;
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return indexes[i];
    }

    public boolean contains(int fenceIndex) {
        for (int i = 0; i < size; i++) {
            if (indexes[i] == fenceIndex) {
                return true;
            }
        }
        return false;
    }

    /** The indexes in ascending order, as a new array. */
    public int[] toSortedArray() {
        int[] copy = Arrays.copyOf(indexes, size);
        Arrays.sort(copy);
        return copy;
    }

    /** Replaces the indexes with {@code count} of {@code from}, starting at {@code offset}. */
    public void setTo(int[] from, int offset, int count) {
        if (count > indexes.length) {
            indexes = new int[Math.max(count, indexes.length * 2)];
        }
        System.arraycopy(from, offset, indexes, 0, count);
        size = count;
    }

    void clear() {
        size = 0;
    }

    /** Empties the list and returns its array, with room for at least {@code capacity} indexes. */
    int[] emptiedWithRoom(int capacity) {
        size = 0;
        if (indexes.length < capacity) {
            indexes = new int[capacity];
        }
        return indexes;
    }

    /** Takes the first {@code count} indexes of the array {@link #emptiedWithRoom} returned as the list. */
    void fill(int count) {
        size = count;
    }
}
