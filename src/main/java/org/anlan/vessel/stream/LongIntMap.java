package org.anlan.vessel.stream;

/**
 * A map of long keys to non-negative ints, emptied in one step: the per-block indexes of
 * {@link BlockCollisionWatch}. Not thread-safe.
 */
final class LongIntMap {

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int[] marks = new int[1 << 12];
    private int mark = 1;
    private int size;

    void clear() {
        mark++;
        size = 0;
    }

    /** The key's value, -1 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); marks[i] == mark; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }

    void put(long key, int value) {
        int i = find(key);
        if (marks[i] != mark) {
            marks[i] = mark;
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    /** Adds the key (with value 0); false when it was there. */
    boolean addIfAbsent(long key) {
        int i = find(key);
        if (marks[i] == mark) {
            return false;
        }
        marks[i] = mark;
        keys[i] = key;
        values[i] = 0;
        size++;
        return true;
    }

    /** The key's place, or the free place where it would go (after growing if the map is half full). */
    private int find(long key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (marks[i] == mark && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldMarks = marks;
        int live = mark;
        keys = new long[2 * oldKeys.length];
        values = new int[keys.length];
        marks = new int[keys.length];
        mark = 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldMarks[i] == live) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
