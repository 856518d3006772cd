package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RG-LS-01 and RG-LS-02: R = L × S, banded by a configurable variant, A by default. */
class LsMatrixAssessmentTest {

    @ParameterizedTest(name = "{0}×{1} → {2} → {3}")
    @CsvSource({"5, 5, 25, MAJOR", "4, 5, 20, MAJOR", "4, 4, 16, LARGE", "3, 5, 15, LARGE", "3, 4, 12, GENERAL",
        "2, 5, 10, GENERAL", "3, 3, 9, GENERAL", "2, 4, 8, LOW", "1, 5, 5, LOW", "1, 1, 1, LOW"})
    void variantAIsTheDefault(int l, int s, int r, RiskLevel level) {
        LsMatrixAssessment assessment = LsMatrixAssessment.of(l, s);

        assertThat(assessment.score()).isEqualTo(r);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.bandingVariant()).isEqualTo("A");
    }

    @ParameterizedTest(name = "R = {0}: A {1}, B {2}, C {3}")
    @CsvSource({
        "1,  LOW,     LOW,     LOW",
        "3,  LOW,     LOW,     LOW",
        "4,  LOW,     GENERAL, GENERAL",
        "8,  LOW,     GENERAL, GENERAL",
        "9,  GENERAL, LARGE,   GENERAL",
        "10, GENERAL, LARGE,   LARGE",
        "12, GENERAL, LARGE,   LARGE",
        "15, LARGE,   LARGE,   LARGE",
        "16, LARGE,   LARGE,   LARGE",
        "20, MAJOR,   MAJOR,   MAJOR",
        "25, MAJOR,   MAJOR,   MAJOR"})
    void theVariantsDisagreeWhereTheRulesSayTheyDo(int r, RiskLevel a, RiskLevel b, RiskLevel c) {
        assertThat(LsBanding.variantA().levelOf(r)).isEqualTo(a);
        assertThat(LsBanding.variantB().levelOf(r)).isEqualTo(b);
        assertThat(LsBanding.variantC().levelOf(r)).isEqualTo(c);
    }

    @Test
    void theChosenVariantIsRecorded() {
        LsMatrixAssessment assessment = LsMatrixAssessment.of(3, 3, LsBanding.variantB());

        assertThat(assessment.level()).isEqualTo(RiskLevel.LARGE);
        assertThat(assessment.colour()).isEqualTo(RiskColour.ORANGE);
        assertThat(assessment.bandingVariant()).isEqualTo("B");
    }

    @ParameterizedTest(name = "L={0}, S={1} is refused")
    @CsvSource({"0, 3", "6, 3", "3, 0", "3, 6", "-1, -1"})
    void factorsOutsideOneToFiveAreRefused(int l, int s) {
        assertThatThrownBy(() -> LsMatrixAssessment.of(l, s))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("risk.ls.factor-out-of-range"));
    }

    @Test
    void onlyFourteenScoresAreAttainable() {
        TreeSet<Integer> scores = new TreeSet<>();
        for (int l = 1; l <= 5; l++) {
            for (int s = 1; s <= 5; s++) {
                scores.add(LsMatrixAssessment.of(l, s).score());
            }
        }
        assertThat(scores).containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);
    }

    @Test
    void aBandingMustRiseFromGeneralToMajor() {
        assertThatThrownBy(() -> new LsBanding("X", "test", 10, 15, 9))
                .isInstanceOfSatisfying(RiskRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("risk.ls.banding-invalid"));
        assertThatThrownBy(() -> new LsBanding("X", "test", 26, 15, 9)).isInstanceOf(RiskRuleException.class);
        assertThatThrownBy(() -> new LsBanding(" ", "test", 20, 15, 9)).isInstanceOf(RiskRuleException.class);
    }
}
