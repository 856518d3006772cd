package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.anlan.geo.GeoPoint;

/**
 * A threshold rule found a level crossed (or raised) by observations: the warning module turns it into a new
 * draft or upgrades the open one for the same hazard. Computed levels are decision support, not official signals.
 *
 * @param hazard        RAINSTORM, GALE, TYPHOON, WATER_LEVEL, TIDE, LANDSLIDE …
 * @param level         BLUE, YELLOW, ORANGE or RED
 * @param townshipCodes the townships the crossing concerns (of the stations that crossed)
 * @param window        the accumulation window of the value (PT3H for 3 h rainfall), null for instantaneous values
 * @param official      true when the level comes from a signal issued by the meteorological office (imported)
 * @param stationLocation where the station that crossed stands (null for official signals): the villages near it are
 *                      named in the draft
 */
public record ThresholdCrossed(String ruleId, int ruleVersion, String hazard, String level, List<String> townshipCodes,
                               String stationId, BigDecimal value, String unit, Duration window, Instant observedAt,
                               boolean official, GeoPoint stationLocation) {
}
