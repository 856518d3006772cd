package org.anlan.risk;

import java.math.BigDecimal;

/**
 * MH-09: α from the permanent population within 500 m outside the plant boundary: 100 or more 2.0,
 * 50–99 1.5, 30–49 1.2, 1–29 1.0, none 0.5.
 */
public final class PopulationCorrection {

    private PopulationCorrection() {
    }

    public static BigDecimal alpha(int exposedPopulation) {
        if (exposedPopulation < 0) {
            throw new RiskRuleException(RiskError.INVALID_POPULATION, String.valueOf(exposedPopulation));
        }
        if (exposedPopulation >= 100) {
            return new BigDecimal("2.0");
        }
        if (exposedPopulation >= 50) {
            return new BigDecimal("1.5");
        }
        if (exposedPopulation >= 30) {
            return new BigDecimal("1.2");
        }
        return exposedPopulation >= 1 ? new BigDecimal("1.0") : new BigDecimal("0.5");
    }
}
