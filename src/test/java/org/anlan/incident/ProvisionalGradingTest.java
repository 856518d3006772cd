package org.anlan.incident;

import static org.anlan.incident.IncidentFixtures.aTyphoon;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GENERAL_CASUALTIES, Anlan's 暂行 rule: AC-01 person thresholds on dead+missing and seriously injured. */
class ProvisionalGradingTest {

    @ParameterizedTest(name = "{0} dead + {1} missing → {2}")
    @CsvSource({
        "0, 0, IV", "2, 0, IV", "1, 1, IV", "3, 0, III", "0, 3, III", "2, 1, III", "9, 0, III", "5, 5, II",
        "10, 0, II", "29, 0, II", "15, 15, I", "30, 0, I", "0, 30, I"})
    void deadAndMissingTogetherSetTheLevelAtThreeTenAndThirty(int dead, int missing, Severity expected) {
        assertThat(SeverityGrader.grade(aTyphoon(dead, missing, 0)).severity()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} seriously injured → {1}")
    @CsvSource({"9, IV", "10, III", "49, III", "50, II", "99, II", "100, I"})
    void seriousInjuriesSetTheLevelAtTenFiftyAndOneHundred(int seriouslyInjured, Severity expected) {
        assertThat(SeverityGrader.grade(aTyphoon(0, 0, seriouslyInjured)).severity()).isEqualTo(expected);
    }

    @Test
    void theReasonsSayTheRuleIsProvisional() {
        Grading grading = SeverityGrader.grade(aTyphoon(2, 1, 0));

        assertThat(grading.rule()).isEqualTo(GradingRule.GENERAL_CASUALTIES);
        assertThat(grading.reasons()).containsExactly("死亡及失踪3人（3–9人，暂行规则）→ 较大");
    }

    @Test
    void everyReasonOfAGeneralAccidentIsMarkedProvisional() {
        assertThat(SeverityGrader.grade(aTyphoon(0, 0, 0)).reasons())
                .hasSize(2).allSatisfy(reason -> assertThat(reason).contains("暂行"));
    }

    @Test
    void directLossIsNotACriterionOfTheProvisionalRule() {
        IncidentFacts facts = new IncidentFacts(IncidentFixtures.TYPHOON, Casualties.none(), 2_000_000_000L, null);

        assertThat(SeverityGrader.grade(facts).severity()).isEqualTo(Severity.IV);
    }

    @Test
    void publicHealthAndSocialSecurityIncidentsUseTheProvisionalRuleToo() {
        IncidentFacts poisoning = new IncidentFacts(IncidentFixtures.type("13B01"), new Casualties(0, 0, 12, 80), 0, null);

        assertThat(SeverityGrader.grade(poisoning).severity()).isEqualTo(Severity.III);
        assertThat(SeverityGrader.grade(poisoning).rule()).isEqualTo(GradingRule.GENERAL_CASUALTIES);
    }
}
