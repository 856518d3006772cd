package org.anlan.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GB 18218-2018 identification (MH-05) and grading (MH-06 … MH-10) of one production or storage unit. */
public final class MajorHazardIdentification {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final HazardousSubstanceCatalogue catalogue;

    public MajorHazardIdentification(HazardousSubstanceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static MajorHazardIdentification standard() {
        return new MajorHazardIdentification(HazardousSubstanceCatalogue.standard());
    }

    public MajorHazardAssessment assess(List<DeclaredQuantity> declared, int exposedPopulation) {
        BigDecimal alpha = PopulationCorrection.alpha(exposedPopulation);
        if (declared == null || declared.isEmpty()) {
            throw new RiskRuleException(RiskError.NO_SUBSTANCES, "[]");
        }
        List<SubstanceStep> steps = new ArrayList<>();
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Map.Entry<HazardousSubstance, BigDecimal> entry : totalPerSubstance(declared).entrySet()) {
            SubstanceStep step = step(entry.getKey(), entry.getValue());
            steps.add(step);
            s = s.add(step.ratio());
            weighted = weighted.add(step.weightedRatio());
        }
        s = settle(s);
        if (s.compareTo(BigDecimal.ONE) < 0) {
            return new MajorHazardAssessment(steps, s, false, exposedPopulation, alpha, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        BigDecimal r = settle(alpha.multiply(weighted, PRECISION));
        return new MajorHazardAssessment(steps, s, true, exposedPopulation, alpha, Optional.of(settle(weighted)),
                Optional.of(r), Optional.of(HazardSourceGrade.of(r)));
    }

    // The same substance declared twice in one unit is one quantity: q is the unit's design maximum (MH-02).
    private Map<HazardousSubstance, BigDecimal> totalPerSubstance(List<DeclaredQuantity> declared) {
        Map<HazardousSubstance, BigDecimal> totals = new LinkedHashMap<>();
        for (DeclaredQuantity quantity : declared) {
            totals.merge(catalogue.require(quantity.substance()), quantity.tonnes(), BigDecimal::add);
        }
        return totals;
    }

    private static SubstanceStep step(HazardousSubstance substance, BigDecimal q) {
        BigDecimal ratio = tidy(q.divide(substance.criticalQuantity(), PRECISION));
        BigDecimal weightedRatio = tidy(substance.beta().multiply(ratio, PRECISION));
        return new SubstanceStep(substance.name(), substance.cas(), q, substance.criticalQuantity(), ratio,
                substance.beta(), substance.betaBasis(), weightedRatio);
    }

    // Thirds of different substances (Q = 0.3, 0.75) must sum to exactly 1, not 0.9999999999999999.
    private static BigDecimal settle(BigDecimal sum) {
        return tidy(sum.setScale(10, java.math.RoundingMode.HALF_UP));
    }

    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
