package org.anlan.risk;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The grading methods in force: the LEC factor tables, the LS banding variant ({@code anlan.risk.ls-banding},
 * A by default) and the GB 18218-2018 substance catalogue. Every assessment records the variant it used.
 */
@Component
public class RiskGrading {

    private final LecMethod lec = LecMethod.standard();
    private final LsBanding banding;
    private final MajorHazardIdentification identification = MajorHazardIdentification.standard();

    RiskGrading(@org.springframework.beans.factory.annotation.Value("${anlan.risk.ls-banding:A}") String variant) {
        this.banding = switch (variant.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "B" -> LsBanding.variantB();
            case "C" -> LsBanding.variantC();
            default -> LsBanding.variantA();
        };
    }

    public LecAssessment lec(BigDecimal l, BigDecimal e, BigDecimal c) {
        return lec.assess(l, e, c);
    }

    public LsMatrixAssessment ls(Integer l, Integer s) {
        if (l == null || s == null) {
            throw new RiskRuleException(RiskError.LS_FACTOR_OUT_OF_RANGE, "L = " + l + ", S = " + s);
        }
        return LsMatrixAssessment.of(l, s, banding);
    }

    public LsBanding banding() {
        return banding;
    }

    public MajorHazardAssessment assess(List<DeclaredQuantity> declared, int exposedPopulation) {
        return identification.assess(declared, exposedPopulation);
    }
}
