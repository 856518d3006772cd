package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.anlan.platform.error.ApiException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pure calculators of the contract: LEC, the LS matrix and GB 18218-2018 identification and grading. They
 * read and store nothing, so they are open without login; the input is bounded (substances, text, numbers).
 */
@RestController
@Tag(name = "risk calculators", description = "风险计算 LEC, LS matrix, GB 18218-2018 (open, stateless)")
class RiskCalculatorApiController {

    static final int MAX_SUBSTANCES = 50;
    static final int MAX_POPULATION = 10_000_000;
    static final BigDecimal MAX_TONNES = new BigDecimal("1000000000");

    record LecRequest(BigDecimal l, BigDecimal e, BigDecimal c) {
    }

    record LecResponse(BigDecimal score, RiskLevel level, RiskColour colour, String levelLabel, String danger) {

        static LecResponse of(LecAssessment a) {
            return new LecResponse(a.score(), a.level(), a.colour(), a.level().label(), a.danger().label());
        }
    }

    record LsRequest(Integer l, Integer s) {
    }

    record LsResponse(int score, RiskLevel level, RiskColour colour, String levelLabel, String variant) {
    }

    record SubstanceRequest(String name, BigDecimal tonnes) {
    }

    record AssessRequest(Integer population, List<SubstanceRequest> substances) {
    }

    record AssessResponse(BigDecimal s, BigDecimal r, Integer grade, String gradeLabel, boolean majorHazardSource,
                          BigDecimal alpha, BigDecimal weightedSum, int population, List<SubstanceStep> steps) {

        static AssessResponse of(MajorHazardAssessment a) {
            return new AssessResponse(a.s(), a.r().orElse(null), a.grade().map(HazardSourceGrade::number).orElse(null),
                    a.grade().map(HazardSourceGrade::label).orElse(null), a.majorHazardSource(), a.alpha(),
                    a.weightedSum().orElse(null), a.exposedPopulation(), a.steps());
        }
    }

    private final RiskGrading grading;

    RiskCalculatorApiController(RiskGrading grading) {
        this.grading = grading;
    }

    @PostMapping("/api/risk/lec")
    @Operation(summary = "LEC: D = L × E × C with the standard factor tables; a value not in a table is refused (400)")
    LecResponse lec(@RequestBody LecRequest body) {
        return LecResponse.of(grading.lec(body.l(), body.e(), body.c()));
    }

    @PostMapping("/api/risk/ls")
    @Operation(summary = "LS matrix: R = L × S (1–5 each), banded by the configured variant")
    LsResponse ls(@RequestBody LsRequest body) {
        LsMatrixAssessment a = grading.ls(body.l(), body.s());
        return new LsResponse(a.score(), a.level(), a.colour(), a.level().label(), a.bandingVariant());
    }

    @PostMapping("/api/hazard-sources/assess")
    @Operation(summary = "GB 18218-2018: S = Σ q/Q, R = α Σ β q/Q and grade 1–4 (null when S < 1), step by step")
    AssessResponse assess(@RequestBody AssessRequest body) {
        return AssessResponse.of(grading.assess(declared(body.substances()), population(body.population())));
    }

    static List<DeclaredQuantity> declared(List<SubstanceRequest> substances) {
        if (substances == null || substances.isEmpty()) {
            throw new RiskRuleException(RiskError.NO_SUBSTANCES, "[]");
        }
        if (substances.size() > MAX_SUBSTANCES) {
            throw ApiException.badRequest("HAZARD_SOURCE_TOO_MANY_SUBSTANCES", "error.risk.tooManySubstances",
                    MAX_SUBSTANCES);
        }
        return substances.stream().map(RiskCalculatorApiController::declared).toList();
    }

    private static DeclaredQuantity declared(SubstanceRequest substance) {
        if (substance == null || substance.name() == null || substance.name().isBlank()
                || substance.name().length() > 100) {
            throw new RiskRuleException(RiskError.UNKNOWN_SUBSTANCE, String.valueOf(substance == null ? null
                    : substance.name()));
        }
        if (substance.tonnes() != null && substance.tonnes().compareTo(MAX_TONNES) > 0) {
            throw new RiskRuleException(RiskError.INVALID_QUANTITY, substance.name() + " " + substance.tonnes());
        }
        return new DeclaredQuantity(substance.name().strip(), substance.tonnes());
    }

    static int population(Integer population) {
        if (population == null || population < 0 || population > MAX_POPULATION) {
            throw new RiskRuleException(RiskError.INVALID_POPULATION, String.valueOf(population));
        }
        return population;
    }
}
