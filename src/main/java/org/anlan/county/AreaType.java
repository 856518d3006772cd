package org.anlan.county;

/**
 * The kind of area a place lies in, which sets the response rule: the "135" rule for urban and industrial
 * areas (街道, development zones), the 15-minute rule for rural towns and townships.
 */
public enum AreaType {
    URBAN, RURAL;

    static AreaType of(TownshipKind kind) {
        return kind == TownshipKind.SUBDISTRICT ? URBAN : RURAL;
    }
}
