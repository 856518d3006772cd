package org.anlan.warning;

import java.time.Instant;
import java.util.List;

/**
 * A warning was issued or updated (a new version went out). Shelters and evacuation plans start from the
 * affected townships and villages; vessel recall from the hazard and its area.
 *
 * @param hazard        RAINSTORM, GALE, TYPHOON, WATER_LEVEL, TIDE, LANDSLIDE …
 * @param level         BLUE, YELLOW, ORANGE or RED
 * @param areaGeoJson   the affected area as a GeoJSON geometry, null when only townships are named
 * @param onsetAt       when the hazard is expected to begin (lead time is measured against the observed onset)
 */
public record WarningIssued(String warningId, int version, String hazard, String level, List<String> townshipCodes,
                            List<String> villageIds, String areaGeoJson, Instant issuedAt, Instant onsetAt,
                            Instant expiresAt) {
}
