package org.anlan.risk;

import java.math.BigDecimal;

/** The LEC factor tables in force (RG-LEC-01); {@link #standard()} is the Graham–Kinney default. */
public record LecMethod(LecFactorTable likelihood, LecFactorTable exposure, LecFactorTable consequence) {

    public static LecMethod standard() {
        return new LecMethod(LecFactorTable.standardLikelihood(), LecFactorTable.standardExposure(),
                LecFactorTable.standardConsequence());
    }

    /** D = L × E × C with each factor taken from its table (RG-LEC-01), banded per RG-LEC-02. */
    public LecAssessment assess(BigDecimal l, BigDecimal e, BigDecimal c) {
        BigDecimal lv = likelihood.require(l);
        BigDecimal ev = exposure.require(e);
        BigDecimal cv = consequence.require(c);
        BigDecimal d = lv.multiply(ev).multiply(cv).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return new LecAssessment(lv, ev, cv, d, LecDanger.of(d));
    }
}
