package org.anlan.shelter;

/** Present evacuees against capacity. */
public record Occupancy(int present, int capacity) {

    public double percent() {
        return capacity == 0 ? (present == 0 ? 0.0 : 100.0) : Math.round(1000.0 * present / capacity) / 10.0;
    }

    public int free() {
        return Math.max(0, capacity - present);
    }
}
