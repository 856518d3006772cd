package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RG-LEC-01 and RG-LEC-02: D = L × E × C from the standard tables, banded with inclusive lower bounds. */
class LecAssessmentTest {

    @ParameterizedTest(name = "({0},{1},{2}) → {3} → {4}/{5}")
    @CsvSource(delimiter = '|', value = {
        "6   | 6   | 15  | 540 | MAJOR   | RED    | EXTREME",
        "6   | 3   | 15  | 270 | LARGE   | ORANGE | HIGH",
        "3   | 6   | 7   | 126 | GENERAL | YELLOW | SIGNIFICANT",
        "10  | 1   | 7   | 70  | GENERAL | YELLOW | SIGNIFICANT",
        "1   | 10  | 7   | 70  | GENERAL | YELLOW | SIGNIFICANT",
        "1   | 6   | 15  | 90  | GENERAL | YELLOW | SIGNIFICANT",
        "3   | 3   | 3   | 27  | LOW     | BLUE   | POSSIBLE",
        "10  | 2   | 1   | 20  | LOW     | BLUE   | POSSIBLE",
        "1   | 0.5 | 40  | 20  | LOW     | BLUE   | POSSIBLE",
        "0.5 | 1   | 40  | 20  | LOW     | BLUE   | POSSIBLE",
        "0.2 | 1   | 100 | 20  | LOW     | BLUE   | POSSIBLE",
        "0.1 | 2   | 100 | 20  | LOW     | BLUE   | POSSIBLE",
        "1   | 1   | 1   | 1   | LOW     | BLUE   | SLIGHT",
        "0.1 | 0.5 | 1   | 0.05| LOW     | BLUE   | SLIGHT",
        "10  | 10  | 100 | 10000 | MAJOR | RED    | EXTREME"})
    void theRulesVectorsGiveTheirScoreLevelAndColour(String l, String e, String c, String d,
            RiskLevel level, RiskColour colour, LecDanger danger) {
        LecAssessment assessment = LecAssessment.of(l, e, c);

        assertThat(assessment.score()).isEqualByComparingTo(d);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.colour()).isEqualTo(colour);
        assertThat(assessment.danger()).isEqualTo(danger);
    }

    @ParameterizedTest(name = "D = {0} → {1}")
    @CsvSource({"320, MAJOR", "319.99, LARGE", "160, LARGE", "159.99, GENERAL", "70, GENERAL", "69.99, LOW",
        "20, LOW", "19.99, LOW", "0, LOW"})
    void bandLowerBoundsAreInclusive(BigDecimal d, RiskLevel level) {
        assertThat(LecDanger.of(d).level()).isEqualTo(level);
    }

    @Test
    void belowTwentyIsStillLowButWordedAsSlightDanger() {
        assertThat(LecDanger.of(new BigDecimal("20")).label()).isEqualTo("一般危险，需要注意");
        assertThat(LecDanger.of(new BigDecimal("19.99")).label()).isEqualTo("稍有危险，可以接受");
    }

    @ParameterizedTest(name = "({0},{1},{2}) is refused")
    @CsvSource({"5, 6, 15", "6, 4, 15", "6, 6, 10", "0, 6, 15", "-6, 6, 15", "6, 6, 6", "0.3, 6, 15", "6, 0.2, 15",
        "6, 6, 0.5", "11, 6, 15"})
    void valuesOutsideTheTablesAreRefusedNotRounded(String l, String e, String c) {
        assertThatThrownBy(() -> LecAssessment.of(l, e, c))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("risk.lec.factor-not-in-table"));
    }

    @Test
    void textThatIsNotANumberIsRefusedLikeAValueOutsideTheTable() {
        assertThatThrownBy(() -> LecAssessment.of("six", "6", "15")).isInstanceOfSatisfying(RiskRuleException.class,
                ex -> assertThat(ex.code()).isEqualTo("risk.lec.factor-not-in-table"));
        assertThatThrownBy(() -> LecAssessment.of("6", null, "15")).isInstanceOf(RiskRuleException.class);
    }

    @Test
    void aMissingFactorIsRefused() {
        assertThatThrownBy(() -> LecAssessment.of(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(RiskRuleException.class);
    }

    @Test
    void theScaleOfAFactorDoesNotMatter() {
        assertThat(LecAssessment.of("6.00", "6.0", "15").score()).isEqualByComparingTo("540");
        assertThat(LecAssessment.of("0.50", "1", "40").likelihood()).isEqualByComparingTo("0.5");
    }

    @Test
    void withTheStandardTablesOnlyTwentyAndSeventyAreAttainableBoundaries() {
        List<BigDecimal> scores = allStandardScores();

        assertThat(scores).hasSize(7 * 6 * 6);
        assertThat(scores).anySatisfy(d -> assertThat(d).isEqualByComparingTo("20"));
        assertThat(scores).anySatisfy(d -> assertThat(d).isEqualByComparingTo("70"));
        assertThat(scores).noneSatisfy(d -> assertThat(d).isEqualByComparingTo("160"));
        assertThat(scores).noneSatisfy(d -> assertThat(d).isEqualByComparingTo("320"));
    }

    @Test
    void everyCombinationOfTheTablesIsGradedByItsBand() {
        LecMethod method = LecMethod.standard();
        for (BigDecimal l : method.likelihood().values().keySet()) {
            for (BigDecimal e : method.exposure().values().keySet()) {
                for (BigDecimal c : method.consequence().values().keySet()) {
                    LecAssessment a = method.assess(l, e, c);
                    double d = l.doubleValue() * e.doubleValue() * c.doubleValue();
                    RiskLevel expected = d >= 320 ? RiskLevel.MAJOR : d >= 160 ? RiskLevel.LARGE
                            : d >= 70 ? RiskLevel.GENERAL : RiskLevel.LOW;
                    assertThat(a.level()).as("(%s,%s,%s)", l, e, c).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aConfiguredSevenLevelConsequenceTableAcceptsSix() {
        LecFactorTable sevenLevels = new LecFactorTable(LecFactor.CONSEQUENCE, new java.util.LinkedHashMap<>(
                java.util.Map.of(new BigDecimal("100"), "大灾难", new BigDecimal("40"), "灾难",
                        new BigDecimal("15"), "非常严重", new BigDecimal("7"), "严重", new BigDecimal("6"), "较严重",
                        new BigDecimal("3"), "重大", BigDecimal.ONE, "引人注目")));
        LecMethod method = new LecMethod(LecFactorTable.standardLikelihood(), LecFactorTable.standardExposure(),
                sevenLevels);

        assertThat(method.assess(new BigDecimal("10"), new BigDecimal("6"), new BigDecimal("6")).score())
                .isEqualByComparingTo("360");
    }

    @Test
    void eachValueKeepsItsDescription() {
        assertThat(LecFactorTable.standardLikelihood().describe(new BigDecimal("0.5"))).isEqualTo("很不可能，可以设想");
        assertThat(LecFactorTable.standardExposure().describe(new BigDecimal("6"))).isEqualTo("每天工作时间内暴露");
        assertThat(LecFactorTable.standardConsequence().describe(new BigDecimal("40"))).isEqualTo("灾难，数人死亡");
    }

    private static List<BigDecimal> allStandardScores() {
        LecMethod method = LecMethod.standard();
        List<BigDecimal> scores = new ArrayList<>();
        method.likelihood().values().keySet().forEach(l -> method.exposure().values().keySet().forEach(e ->
                method.consequence().values().keySet().forEach(c -> scores.add(method.assess(l, e, c).score()))));
        return scores;
    }
}
