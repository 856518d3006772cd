package org.anlan.shelter;

/** Present evacuees against capacity. */
public record Occupancy(int present, int capacity) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public double percent() {
        return capacity == 0 ? (present == 0 ? 0.0 : 100.0) : Math.round(1000.0 * present / capacity) / 10.0;
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public int free() {
        return Math.max(0, capacity - present);
    }
}
