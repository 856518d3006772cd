package org.anlan.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rolling rainfall of a township: for each window the maximum over its rain gauges (a cloudburst over one valley is
 * the township's hazard; a mean would dilute it), with the gauge that holds it and the township's highest
 * computed rainstorm level. {@code windows} are 1, 3, 6, 12 and 24 h in that order, in mm.
 */
public record TownshipRainfall(String code, String name, int gauges, List<BigDecimal> windows,
                               List<String> wettestGauges, Level level) {
}
