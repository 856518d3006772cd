package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RG-LV-01: four levels, highest first, with their colours. */
class RiskLevelTest {

    @ParameterizedTest(name = "{0} is {1}/{2}")
    @CsvSource({"MAJOR, 重大风险, RED, 红", "LARGE, 较大风险, ORANGE, 橙", "GENERAL, 一般风险, YELLOW, 黄",
        "LOW, 低风险, BLUE, 蓝"})
    void eachLevelHasItsColour(RiskLevel level, String label, RiskColour colour, String colourLabel) {
        assertThat(level.label()).isEqualTo(label);
        assertThat(level.colour()).isEqualTo(colour);
        assertThat(level.colour().label()).isEqualTo(colourLabel);
    }

    @ParameterizedTest(name = "higher of {0} and {1} is {2}")
    @CsvSource({"MAJOR, LOW, MAJOR", "LOW, LARGE, LARGE", "GENERAL, LARGE, LARGE", "LOW, LOW, LOW",
        "GENERAL, LOW, GENERAL"})
    void theHigherLevelWins(RiskLevel a, RiskLevel b, RiskLevel higher) {
        assertThat(RiskLevel.higherOf(a, b)).isEqualTo(higher);
        assertThat(RiskLevel.higherOf(b, a)).isEqualTo(higher);
    }
}
