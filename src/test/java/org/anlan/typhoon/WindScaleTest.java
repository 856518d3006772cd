package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Test vectors of domain-rules §4.5 (GB/T 19201-2006) and §4.6 (GB/T 28591-2012, MW-04). */
class WindScaleTest {

    @ParameterizedTest
    @CsvSource({"13.8,6", "13.85,7", "17.2,8", "32.7,12", "10.79,6", "10.74,5", "0.0,0", "24.5,10", "24.4,9", "61.3,17"})
    void beaufortLevelIsTheLargestLowerBoundAtOrBelowTheRoundedSpeed(String speed, int level) {
        assertThat(WindScale.level(new BigDecimal(speed))).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"10.8,TD", "17.1,TD", "17.2,TS", "32.6,STS", "32.7,TY", "41.4,TY", "41.5,STY", "50.9,STY", "51.0,SUPER_TY"})
    void cycloneGradesFollowGbT19201(String speed, CycloneGrade grade) {
        assertThat(CycloneGrade.of(new BigDecimal(speed))).hasValue(grade);
    }

    @ParameterizedTest
    @CsvSource({"10.7", "0.0"})
    void belowTenPointEightIsNotATropicalCyclone(String speed) {
        assertThat(CycloneGrade.of(new BigDecimal(speed))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"6,10.8", "8,17.2", "10,24.5", "12,32.7"})
    void windCirclesUseTheLowerBoundOfTheirLevel(int level, double speed) {
        assertThat(WindScale.lowerBoundMs(level)).isEqualTo(speed);
    }
}
