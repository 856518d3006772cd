package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 18218-2018: S = Σ q/Q (MH-05), R = α Σ β q/Q (MH-06, MH-07, MH-09), grades (MH-10); vectors of §3.5. */
class MajorHazardIdentificationTest {

    private final MajorHazardIdentification identification = MajorHazardIdentification.standard();

    @ParameterizedTest(name = "{0} with {1} people → S {2}, R {3}, grade {4}")
    @CsvSource(delimiter = '|', value = {
        "氨 50; 液化石油气 100     | 120 | 7    | 26   | THIRD",
        "氯 20                     | 0   | 4    | 8    | FOURTH",
        "液氨 8; 甲醇 300          | 40  | 1.4  | 2.64 | FOURTH",
        "氯 30; 硫化氢 10          | 60  | 8    | 51   | SECOND",
        "氯 100                    | 100 | 20   | 160  | FIRST",
        "液化石油气 1000           | 200 | 20   | 60   | SECOND",
        "氨 10                     | 0   | 1    | 1    | FOURTH"})
    void theRulesVectorsAreMajorHazardSourcesWithTheirGrade(String contents, int population, String s, String r,
            HazardSourceGrade grade) {
        MajorHazardAssessment assessment = identification.assess(declared(contents), population);

        assertThat(assessment.majorHazardSource()).isTrue();
        assertThat(assessment.s()).isEqualByComparingTo(s);
        assertThat(assessment.r()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(r));
        assertThat(assessment.grade()).contains(grade);
    }

    @ParameterizedTest(name = "液氨 9.9 t with {0} people is not a major hazard source")
    @CsvSource({"0", "29", "1000"})
    void justUnderTheCriticalQuantityIsNotAMajorHazardSourceAndIsNotGraded(int population) {
        MajorHazardAssessment assessment = identification.assess(declared("液氨 9.9"), population);

        assertThat(assessment.s()).isEqualByComparingTo("0.99");
        assertThat(assessment.majorHazardSource()).isFalse();
        assertThat(assessment.r()).isEmpty();
        assertThat(assessment.grade()).isEmpty();
    }

    @Test
    void theCalculationIsReturnedStepByStep() {
        MajorHazardAssessment assessment = identification.assess(declared("氨 50; 液化石油气 100"), 120);

        assertThat(assessment.steps()).hasSize(2);
        SubstanceStep ammonia = assessment.steps().get(0);
        assertThat(ammonia.substance()).isEqualTo("氨");
        assertThat(ammonia.cas()).isEqualTo("7664-41-7");
        assertThat(ammonia.quantity()).isEqualByComparingTo("50");
        assertThat(ammonia.criticalQuantity()).isEqualByComparingTo("10");
        assertThat(ammonia.ratio()).isEqualByComparingTo("5");
        assertThat(ammonia.beta()).isEqualByComparingTo("2");
        assertThat(ammonia.weightedRatio()).isEqualByComparingTo("10");
        SubstanceStep lpg = assessment.steps().get(1);
        assertThat(lpg.ratio()).isEqualByComparingTo("2");
        assertThat(lpg.beta()).isEqualByComparingTo("1.5");
        assertThat(lpg.weightedRatio()).isEqualByComparingTo("3");
        assertThat(assessment.weightedSum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("13"));
        assertThat(assessment.alpha()).isEqualByComparingTo("2.0");
        assertThat(assessment.exposedPopulation()).isEqualTo(120);
    }

    @ParameterizedTest(name = "{0} people → α {1}")
    @CsvSource({"0, 0.5", "1, 1.0", "29, 1.0", "30, 1.2", "49, 1.2", "50, 1.5", "99, 1.5", "100, 2.0",
        "100000, 2.0"})
    void alphaFollowsTheExposedPopulationBands(int population, BigDecimal alpha) {
        assertThat(PopulationCorrection.alpha(population)).isEqualByComparingTo(alpha);
    }

    @ParameterizedTest(name = "R {0} → {1}")
    @CsvSource({"1000, FIRST", "100, FIRST", "99.99, SECOND", "50, SECOND", "49.99, THIRD", "10, THIRD",
        "9.99, FOURTH", "0.5, FOURTH"})
    void gradeLowerBoundsAreInclusive(BigDecimal r, HazardSourceGrade grade) {
        assertThat(HazardSourceGrade.of(r)).isEqualTo(grade);
    }

    @Test
    void gradesAreNumberedOneToFourWithChineseLabels() {
        assertThat(HazardSourceGrade.FIRST.number()).isEqualTo(1);
        assertThat(HazardSourceGrade.FOURTH.number()).isEqualTo(4);
        assertThat(HazardSourceGrade.THIRD.label()).isEqualTo("三级");
    }

    @Test
    void fractionsThatDoNotTerminateStillReachOne() {
        // 异氰酸甲酯 Q = 0.75 t and 光气 Q = 0.3 t: thirds must not fall short of 1 by rounding.
        assertThat(identification.assess(declared("异氰酸甲酯 0.75"), 0).majorHazardSource()).isTrue();
        assertThat(identification.assess(declared("光气 0.1; 光气 0.2"), 0).majorHazardSource()).isTrue();
        assertThat(identification.assess(declared("光气 0.1; 异氰酸甲酯 0.5"), 0).s()).isEqualByComparingTo("1");
        assertThat(identification.assess(declared("碳酰氯 0.1"), 0).s()).isBetween(
                new BigDecimal("0.3333333"), new BigDecimal("0.3333334"));
    }

    @Test
    void aSubstanceDeclaredTwiceIsCountedOnceWithItsTotal() {
        MajorHazardAssessment assessment = identification.assess(declared("氨 4; 液氨 6"), 10);

        assertThat(assessment.steps()).singleElement()
                .satisfies(step -> assertThat(step.quantity()).isEqualByComparingTo("10"));
        assertThat(assessment.majorHazardSource()).isTrue();
    }

    @Test
    void namesAliasesAndCasNumbersFindTheSameSubstance() {
        HazardousSubstanceCatalogue catalogue = HazardousSubstanceCatalogue.standard();

        assertThat(catalogue.require("LPG")).isEqualTo(catalogue.require("液化石油气"));
        assertThat(catalogue.require("lpg")).isEqualTo(catalogue.require("液化石油气"));
        assertThat(catalogue.require("7782-50-5").name()).isEqualTo("氯");
        assertThat(catalogue.require("氯化氢(无水)").name()).isEqualTo("氯化氢（无水）");
        assertThat(catalogue.require(" 天然气 ").name()).isEqualTo("甲烷");
    }

    @ParameterizedTest(name = "{0}: Q {1}, β {2}")
    @CsvSource({"氨, 10, 2", "氯, 5, 4", "硫化氢, 5, 5", "氟化氢, 1, 5", "氰化氢, 1, 10", "二氧化硫, 20, 2",
        "环氧乙烷, 10, 2", "氯化氢, 20, 3", "溴甲烷, 10, 3", "光气, 0.3, 20", "磷化氢, 1, 20", "异氰酸甲酯, 0.75, 20",
        "煤气, 20, 2", "液化石油气, 50, 1.5", "天然气, 50, 1.5", "氢, 5, 1.5", "乙炔, 1, 1.5", "乙烯, 50, 1.5",
        "汽油, 200, 1", "甲醇, 500, 1", "乙醇, 500, 1", "甲苯, 500, 1", "丙酮, 500, 1", "乙醚, 10, 1.5",
        "氧, 200, 1"})
    void theCatalogueHoldsTheDocumentedCriticalQuantitiesAndBetas(String name, BigDecimal q, BigDecimal beta) {
        HazardousSubstance substance = HazardousSubstanceCatalogue.standard().require(name);

        assertThat(substance.criticalQuantity()).isEqualByComparingTo(q);
        assertThat(substance.beta()).isEqualByComparingTo(beta);
    }

    @Test
    void anUnknownSubstanceIsRefused() {
        assertThatThrownBy(() -> identification.assess(declared("水 1000"), 0))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("risk.hazard-source.unknown-substance"));
    }

    @Test
    void theCatalogueIsExtensible() {
        HazardousSubstanceCatalogue extended = HazardousSubstanceCatalogue.standard().with(new HazardousSubstance(
                "苯", List.of(), "71-43-2", new BigDecimal("50"), BigDecimal.ONE, "W5.3 易燃液体类别2（待确认）"));

        MajorHazardAssessment assessment = new MajorHazardIdentification(extended).assess(declared("苯 100"), 0);

        assertThat(assessment.s()).isEqualByComparingTo("2");
        assertThat(HazardousSubstanceCatalogue.standard().find("苯")).isEmpty();
    }

    @Test
    void negativeQuantitiesPopulationsAndEmptyDeclarationsAreRefused() {
        assertThatThrownBy(() -> DeclaredQuantity.of("氨", "-1")).isInstanceOfSatisfying(RiskRuleException.class,
                e -> assertThat(e.code()).isEqualTo("risk.hazard-source.invalid-quantity"));
        assertThatThrownBy(() -> identification.assess(declared("氨 50"), -1))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("risk.hazard-source.invalid-population"));
        assertThatThrownBy(() -> identification.assess(List.of(), 10))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("risk.hazard-source.no-substances"));
    }

    private static List<DeclaredQuantity> declared(String contents) {
        List<DeclaredQuantity> declared = new ArrayList<>();
        for (String part : contents.split(";")) {
            String[] nameAndTonnes = part.strip().split(" ");
            declared.add(DeclaredQuantity.of(nameAndTonnes[0], nameAndTonnes[1]));
        }
        return declared;
    }
}
