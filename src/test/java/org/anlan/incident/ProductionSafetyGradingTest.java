package org.anlan.incident;

import static org.anlan.incident.IncidentFixtures.aProductionAccident;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AC-01, 生产安全事故等级 (国务院令第493号): the highest tier reached by any one criterion. */
class ProductionSafetyGradingTest {

    @ParameterizedTest(name = "{0} dead → {1}")
    @CsvSource(delimiter = '|', value = {
        "0      | IV  | 死亡0人（不满3人）→ 一般",
        "2      | IV  | 死亡2人（不满3人）→ 一般",
        "3      | III | 死亡3人（3–9人）→ 较大",
        "9      | III | 死亡9人（3–9人）→ 较大",
        "10     | II  | 死亡10人（10–29人）→ 重大",
        "29     | II  | 死亡29人（10–29人）→ 重大",
        "30     | I   | 死亡30人（30人以上）→ 特别重大",
        "100000 | I   | 死亡100000人（30人以上）→ 特别重大"})
    void deathsSetTheLevelAtThreeTenAndThirty(int dead, Severity expected, String reason) {
        Grading grading = SeverityGrader.grade(aProductionAccident(dead, 0, 0));

        assertThat(grading.severity()).isEqualTo(expected);
        assertThat(grading.rule()).isEqualTo(GradingRule.PRODUCTION_SAFETY_AC01);
        assertThat(grading.reasons()).contains(reason);
    }

    @ParameterizedTest(name = "{0} seriously injured → {1}")
    @CsvSource(delimiter = '|', value = {
        "0   | IV  | 重伤（含急性工业中毒）0人（不满10人）→ 一般",
        "9   | IV  | 重伤（含急性工业中毒）9人（不满10人）→ 一般",
        "10  | III | 重伤（含急性工业中毒）10人（10–49人）→ 较大",
        "49  | III | 重伤（含急性工业中毒）49人（10–49人）→ 较大",
        "50  | II  | 重伤（含急性工业中毒）50人（50–99人）→ 重大",
        "99  | II  | 重伤（含急性工业中毒）99人（50–99人）→ 重大",
        "100 | I   | 重伤（含急性工业中毒）100人（100人以上）→ 特别重大"})
    void seriousInjuriesSetTheLevelAtTenFiftyAndOneHundred(int seriouslyInjured, Severity expected, String reason) {
        Grading grading = SeverityGrader.grade(aProductionAccident(0, seriouslyInjured, 0));

        assertThat(grading.severity()).isEqualTo(expected);
        assertThat(grading.reasons()).contains(reason);
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource(delimiter = '|', value = {
        "0                   | IV  | 直接经济损失0元（不满1000万元）→ 一般",
        "9999999             | IV  | 直接经济损失9,999,999元（不满1000万元）→ 一般",
        "10000000            | III | 直接经济损失10,000,000元（1000万元以上、不满5000万元）→ 较大",
        "49999999            | III | 直接经济损失49,999,999元（1000万元以上、不满5000万元）→ 较大",
        "50000000            | II  | 直接经济损失50,000,000元（5000万元以上、不满1亿元）→ 重大",
        "99999999            | II  | 直接经济损失99,999,999元（5000万元以上、不满1亿元）→ 重大",
        "100000000           | I   | 直接经济损失100,000,000元（1亿元以上）→ 特别重大",
        "9223372036854775807 | I   | 直接经济损失9,223,372,036,854,775,807元（1亿元以上）→ 特别重大"})
    void directLossSetsTheLevelAtTenFiftyAndOneHundredMillionYuan(long yuan, Severity expected, String reason) {
        Grading grading = SeverityGrader.grade(aProductionAccident(0, 0, yuan));

        assertThat(grading.severity()).isEqualTo(expected);
        assertThat(grading.reasons()).contains(reason);
    }

    @Test
    void threeDeathsAreALargerAccident() {
        assertThat(SeverityGrader.grade(aProductionAccident(3, 0, 0)).reasons())
                .containsExactly("死亡3人（3–9人）→ 较大");
    }

    @Test
    void twoDeathsAndTenSeriouslyInjuredAreALargerAccidentBecauseOfTheInjuries() {
        Grading grading = SeverityGrader.grade(aProductionAccident(2, 10, 0));

        assertThat(grading.severity()).isEqualTo(Severity.III);
        assertThat(grading.reasons()).containsExactly("重伤（含急性工业中毒）10人（10–49人）→ 较大");
    }

    @Test
    void noDeathsButTenMillionYuanIsALargerAccident() {
        Grading grading = SeverityGrader.grade(aProductionAccident(0, 0, 10_000_000));

        assertThat(grading.severity()).isEqualTo(Severity.III);
        assertThat(grading.reasons()).containsExactly("直接经济损失10,000,000元（1000万元以上、不满5000万元）→ 较大");
    }

    @Test
    void ninePointNineNineMillionYuanAndNothingElseIsAGeneralAccidentOnEveryCriterion() {
        Grading grading = SeverityGrader.grade(aProductionAccident(0, 0, 9_999_999));

        assertThat(grading.severity()).isEqualTo(Severity.IV);
        assertThat(grading.reasons()).containsExactly(
                "死亡0人（不满3人）→ 一般",
                "重伤（含急性工业中毒）0人（不满10人）→ 一般",
                "直接经济损失9,999,999元（不满1000万元）→ 一般");
    }

    @Test
    void theHighestCriterionWinsAndOnlyItIsNamed() {
        Grading grading = SeverityGrader.grade(aProductionAccident(3, 50, 100_000_000));

        assertThat(grading.severity()).isEqualTo(Severity.I);
        assertThat(grading.reasons()).containsExactly("直接经济损失100,000,000元（1亿元以上）→ 特别重大");
    }

    @Test
    void criteriaThatTieAtTheTopAreAllNamed() {
        Grading grading = SeverityGrader.grade(aProductionAccident(10, 50, 1_000));

        assertThat(grading.severity()).isEqualTo(Severity.II);
        assertThat(grading.reasons()).containsExactly(
                "死亡10人（10–29人）→ 重大", "重伤（含急性工业中毒）50人（50–99人）→ 重大");
    }

    @Test
    void missingPersonsAndMinorInjuriesAreNotCriteriaOfAc01() {
        // whether 失踪 counts as 死亡 under AC-01 is an open question for the county; today it does not
        IncidentFacts facts = new IncidentFacts(IncidentFixtures.MINE_ACCIDENT, new Casualties(0, 40, 0, 500), 0, null);

        assertThat(SeverityGrader.grade(facts).severity()).isEqualTo(Severity.IV);
    }

    @Test
    void everyAccidentTypeIsGradedTheSameWay() {
        IncidentType roadAccident = IncidentFixtures.type("12C01");
        IncidentFacts facts = new IncidentFacts(roadAccident, new Casualties(3, 0, 0, 0), 0, null);

        assertThat(SeverityGrader.grade(facts))
                .isEqualTo(new Grading(Severity.III, GradingRule.PRODUCTION_SAFETY_AC01, java.util.List.of("死亡3人（3–9人）→ 较大")));
    }
}
