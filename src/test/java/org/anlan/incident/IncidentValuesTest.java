package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentValuesTest {

    @Test
    void countsFromZeroToOneHundredThousandAreAccepted() {
        assertThat(Casualties.none()).isEqualTo(new Casualties(0, 0, 0, 0));
        assertThat(new Casualties(100_000, 100_000, 100_000, 100_000).deadOrMissing()).isEqualTo(200_000);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} is rejected")
    @CsvSource({
        "-1, 0, 0, 0", "0, -1, 0, 0", "0, 0, -1, 0", "0, 0, 0, -1",
        "100001, 0, 0, 0", "0, 100001, 0, 0", "0, 0, 100001, 0", "0, 0, 0, 100001"})
    void aCountOutsideZeroToOneHundredThousandIsRejected(int dead, int missing, int seriouslyInjured, int injured) {
        assertThatThrownBy(() -> new Casualties(dead, missing, seriouslyInjured, injured))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factsRejectANegativeLoss() {
        assertThatThrownBy(() -> new IncidentFacts(IncidentFixtures.MINE_ACCIDENT, Casualties.none(), -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ha is rejected")
    @ValueSource(doubles = {-0.01, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void factsRejectAnAreaThatIsNegativeOrNotANumber(double hectares) {
        assertThatThrownBy(() -> new IncidentFacts(IncidentFixtures.FOREST_FIRE, Casualties.none(), 0, hectares))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factsAcceptAnUnknownOrZeroArea() {
        assertThat(new IncidentFacts(IncidentFixtures.FOREST_FIRE, Casualties.none(), 0, null).burnedForestHectares())
                .isNull();
        assertThat(new IncidentFacts(IncidentFixtures.FOREST_FIRE, Casualties.none(), 0, 0.0).burnedForestHectares())
                .isZero();
    }

    @Test
    void factsNeedATypeAndCasualties() {
        assertThatThrownBy(() -> new IncidentFacts(null, Casualties.none(), 0, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new IncidentFacts(IncidentFixtures.TYPHOON, null, 0, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aGradingNeedsAReasonAndKeepsItsOwnCopy() {
        assertThatThrownBy(() -> new Grading(Severity.IV, GradingRule.GENERAL_CASUALTIES, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        var reasons = new java.util.ArrayList<>(List.of("死亡0人（不满3人）→ 一般"));
        Grading grading = new Grading(Severity.IV, GradingRule.GENERAL_CASUALTIES, reasons);
        reasons.clear();
        assertThat(grading.reasons()).hasSize(1);
    }
}
