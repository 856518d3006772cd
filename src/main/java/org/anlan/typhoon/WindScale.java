package org.anlan.typhoon;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 风力等级 after GB/T 28591-2012 (domain-rules §4.6): the largest level whose lower bound is at most the speed
 * rounded half-up to 0.1 m/s (MW-04), so that speeds between the published 0.1 m/s ranges still get a level.
 * Levels 16–17 are the recalled extension of the table.
 */
public final class WindScale {

    /** Lower bounds in m/s of levels 0–17. */
    private static final BigDecimal[] LOWER_BOUNDS = decimals("0.0", "0.3", "1.6", "3.4", "5.5", "8.0", "10.8", "13.9",
            "17.2", "20.8", "24.5", "28.5", "32.7", "37.0", "41.5", "46.2", "51.0", "56.1");

    private WindScale() {
    }

    public static int level(BigDecimal speedMs) {
        BigDecimal rounded = speedMs.setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() < 0) {
            throw new IllegalArgumentException("wind speed must not be negative: " + speedMs);
        }
        for (int level = LOWER_BOUNDS.length - 1; level > 0; level--) {
            if (rounded.compareTo(LOWER_BOUNDS[level]) >= 0) {
                return level;
            }
        }
        return 0;
    }

    public static int level(double speedMs) {
        return level(BigDecimal.valueOf(speedMs));
    }

    /** The lowest mean wind speed (m/s) of a level: the wind circle of level L is where winds reach this speed. */
    public static double lowerBoundMs(int level) {
        if (level < 0 || level >= LOWER_BOUNDS.length) {
            throw new IllegalArgumentException("wind level must be 0–" + (LOWER_BOUNDS.length - 1) + ", got " + level);
        }
        return LOWER_BOUNDS[level].doubleValue();
    }

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] result = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = new BigDecimal(values[i]);
        }
        return result;
    }
}
