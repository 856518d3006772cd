package org.anlan.incident;

import static org.anlan.incident.IncidentFixtures.aForestFire;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AC-02, 森林火灾等级 (森林防火条例 Art. 40): burned area, deaths, seriously injured; the highest wins. */
class ForestFireGradingTest {

    @ParameterizedTest(name = "{0} ha → {1}")
    @CsvSource(delimiter = '|', value = {
        "0       | IV  | 受害森林面积0公顷（不满1公顷）→ 一般",
        "0.99    | IV  | 受害森林面积0.99公顷（不满1公顷）→ 一般",
        "1       | III | 受害森林面积1公顷（1公顷以上、不满100公顷）→ 较大",
        "99.99   | III | 受害森林面积99.99公顷（1公顷以上、不满100公顷）→ 较大",
        "100     | II  | 受害森林面积100公顷（100公顷以上、不满1000公顷）→ 重大",
        "999.99  | II  | 受害森林面积999.99公顷（100公顷以上、不满1000公顷）→ 重大",
        "1000    | I   | 受害森林面积1000公顷（1000公顷以上）→ 特别重大",
        "25000.5 | I   | 受害森林面积25000.5公顷（1000公顷以上）→ 特别重大"})
    void burnedAreaSetsTheLevelAtOneHundredAndOneThousandHectares(double hectares, Severity expected, String reason) {
        Grading grading = SeverityGrader.grade(aForestFire(hectares, 0, 0));

        assertThat(grading.severity()).isEqualTo(expected);
        assertThat(grading.rule()).isEqualTo(GradingRule.FOREST_FIRE_AC02);
        assertThat(grading.reasons()).contains(reason);
    }

    @ParameterizedTest(name = "{0} dead → {1}")
    @CsvSource({"0, IV", "1, IV", "2, IV", "3, III", "9, III", "10, II", "29, II", "30, I"})
    void deathsSetTheLevelAtThreeTenAndThirty(int dead, Severity expected) {
        assertThat(SeverityGrader.grade(aForestFire(0.5, dead, 0)).severity()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} seriously injured → {1}")
    @CsvSource({"0, IV", "1, IV", "9, IV", "10, III", "49, III", "50, II", "99, II", "100, I"})
    void seriousInjuriesSetTheLevelAtTenFiftyAndOneHundred(int seriouslyInjured, Severity expected) {
        assertThat(SeverityGrader.grade(aForestFire(0.5, 0, seriouslyInjured)).severity()).isEqualTo(expected);
    }

    @Test
    void theHighestCriterionWins() {
        Grading grading = SeverityGrader.grade(aForestFire(120.0, 3, 1));

        assertThat(grading.severity()).isEqualTo(Severity.II);
        assertThat(grading.reasons()).containsExactly("受害森林面积120公顷（100公顷以上、不满1000公顷）→ 重大");
    }

    @Test
    void anUnknownAreaCountsAsNoneAndSaysSo() {
        Grading grading = SeverityGrader.grade(aForestFire(null, 0, 0));

        assertThat(grading.severity()).isEqualTo(Severity.IV);
        assertThat(grading.reasons()).contains("受害森林面积尚未核实，暂按0公顷计（不满1公顷）→ 一般");
    }

    @Test
    void anUnknownAreaIsFlaggedEvenWhenDeathsSetTheLevel() {
        Grading grading = SeverityGrader.grade(aForestFire(null, 3, 0));

        assertThat(grading.severity()).isEqualTo(Severity.III);
        assertThat(grading.reasons()).containsExactly(
                "死亡3人（3–9人）→ 较大", "受害森林面积尚未核实，暂按0公顷计，核实后等级可能提高");
    }

    @Test
    void directLossIsNotACriterionForForestFires() {
        IncidentFacts facts = new IncidentFacts(IncidentFixtures.FOREST_FIRE, Casualties.none(), 500_000_000, 0.2);

        assertThat(SeverityGrader.grade(facts).severity()).isEqualTo(Severity.IV);
    }
}
