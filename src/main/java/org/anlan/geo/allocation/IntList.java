package org.anlan.geo.allocation;

import java.util.Arrays;

/** A growable list of ints without boxing; removal swaps in the last element (order is not kept). */
final class IntList {

    private int[] values = new int[4];
    private int size;

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void remove(int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                values[k] = values[--size];
                return;
            }
        }
    }

    boolean contains(int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
