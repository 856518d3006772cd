package org.anlan.risk;

import java.math.BigDecimal;

/** An LEC (作业条件危险性分析法) result: the factors used, D = L × E × C and its band (RG-LEC-01, RG-LEC-02). */
public record LecAssessment(BigDecimal likelihood, BigDecimal exposure, BigDecimal consequence,
        BigDecimal score, LecDanger danger) {

    /** Assessed with the standard tables; values outside them are refused with {@link RiskError#LEC_FACTOR_NOT_IN_TABLE}. */
    public static LecAssessment of(BigDecimal l, BigDecimal e, BigDecimal c) {
        return LecMethod.standard().assess(l, e, c);
    }

    /** As {@link #of(BigDecimal, BigDecimal, BigDecimal)}; text that is not a number is refused the same way. */
    public static LecAssessment of(String l, String e, String c) {
        return of(number(LecFactor.LIKELIHOOD, l), number(LecFactor.EXPOSURE, e), number(LecFactor.CONSEQUENCE, c));
    }

    private static BigDecimal number(LecFactor factor, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new RiskRuleException(RiskError.LEC_FACTOR_NOT_IN_TABLE, factor.label() + " = " + text);
        }
    }

    public RiskLevel level() {
        return danger.level();
    }

    public RiskColour colour() {
        return danger.level().colour();
    }
}
