package org.anlan.risk;

import java.math.BigDecimal;

/** A substance in a production or storage unit with its design maximum quantity in tonnes (MH-01, MH-02). */
public record DeclaredQuantity(String substance, BigDecimal tonnes) {

    public DeclaredQuantity {
        if (tonnes == null || tonnes.signum() < 0) {
            throw new RiskRuleException(RiskError.INVALID_QUANTITY, substance + " " + tonnes);
        }
    }

    public static DeclaredQuantity of(String substance, String tonnes) {
        return new DeclaredQuantity(substance, new BigDecimal(tonnes));
    }
}
