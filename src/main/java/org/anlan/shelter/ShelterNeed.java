package org.anlan.shelter;

/**
 * What a shelter needs of one item for its present evacuees (people × the item's once and daily needs over the
 * configured days), what has been asked of the supply desk so far, and the gap still to ask for.
 */
public record ShelterNeed(String itemCode, String itemName, String unit, long needed, long demanded, long delivered) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public long gap() {
        return Math.max(0, needed - demanded);
    }
}
