package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One checked observation. The value is a scaled integer in hundredths of the station kind's unit
 * (0.01 mm, 0.01 m, 0.01 m/s), so that window sums and threshold comparisons are exact.
 */
public record Reading(String stationId, Instant observedAt, long centi) {

    public static final int SCALE = 2;

    public BigDecimal value() {
        return BigDecimal.valueOf(centi, SCALE);
    }

    public static long toCenti(BigDecimal value) {
        return value.setScale(SCALE).unscaledValue().longValueExact();
    }
}
