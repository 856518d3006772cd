package org.anlan.risk;

import java.math.BigDecimal;

/** One line of the shown calculation: q, Q, q/Q, β and β·q/Q for one substance. */
public record SubstanceStep(String substance, String cas, BigDecimal quantity, BigDecimal criticalQuantity,
        BigDecimal ratio, BigDecimal beta, String betaBasis, BigDecimal weightedRatio) {
}
