package org.anlan.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The GB 18218-2018 result for one unit, step by step: each substance's line, S = Σ q/Q (MH-05), and, only
 * for a major hazard source, Σ β·q/Q, α, R (MH-06) and the grade (MH-10).
 */
public record MajorHazardAssessment(List<SubstanceStep> steps, BigDecimal s, boolean majorHazardSource,
        int exposedPopulation, BigDecimal alpha, Optional<BigDecimal> weightedSum, Optional<BigDecimal> r,
        Optional<HazardSourceGrade> grade) {

    public MajorHazardAssessment {
        steps = List.copyOf(steps);
    }
}
