package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain-rules.md §5.3 vectors, own ship at the origin; a blank TCPA means undefined (same velocity). */
class CollisionRiskTest {

    private static final double SHIPU_LAT = 29.2;
    private static final double SHIPU_LON = 121.95;

    @ParameterizedTest(name = "target ({0},{1}) {2}°/{3} kn vs own {4}°/{5} kn -> CPA {6} nm, TCPA {7} min, {8}")
    @CsvSource({
            "0, 6, 180, 10, 0, 10, 0.0, 18, ATTENTION",
            "3, 3, 270, 12, 0, 12, 0.0, 15, ATTENTION",
            "1, 5, 180, 10, 0, 10, 1.0, 15, ATTENTION",
            "4, -3, 0, 6, 90, 8, 0.0, 30, NONE",
            "0, 3, 0, 15, 0, 10, 0.0, -36, NONE",
            "0, -2, 0, 10, 0, 10, 2.0, , NONE",
            "0, 1.5, 180, 10, 0, 10, 0.0, 4.5, ALARM",
            "0.8, 3, 180, 10, 0, 10, 0.8, 9, WARNING"})
    void computesTheVectorsInTheLocalPlane(double x, double y, double cog, double sog, double ownCog, double ownSog,
            double cpa, Double tcpa, RiskLevel level) {
        Cpa result = CollisionRisk.cpaInPlane(x, y, ownSog, ownCog, sog, cog);

        assertThat(result.cpaNm()).isCloseTo(cpa, within(1e-9));
        assertTcpa(result, tcpa, 1e-9);
        assertThat(CpaThresholds.XIANGSHAN_DEFAULTS.classify(result)).isEqualTo(level);
    }

    @ParameterizedTest(name = "near 石浦: target ({0},{1}) nm -> CPA {6} nm, TCPA {7} min, {8}")
    @CsvSource({
            "0, 6, 180, 10, 0, 10, 0.0, 18, ATTENTION",
            "3, 3, 270, 12, 0, 12, 0.0, 15, ATTENTION",
            "1, 5, 180, 10, 0, 10, 1.0, 15, ATTENTION",
            "4, -3, 0, 6, 90, 8, 0.0, 30, NONE",
            "0, 3, 0, 15, 0, 10, 0.0, -36, NONE",
            "0, -2, 0, 10, 0, 10, 2.0, , NONE",
            "0, 1.5, 180, 10, 0, 10, 0.0, 4.5, ALARM",
            "0.8, 3, 180, 10, 0, 10, 0.8, 9, WARNING"})
    void computesTheSameVectorsFromLatitudeAndLongitude(double x, double y, double cog, double sog, double ownCog,
            double ownSog, double cpa, Double tcpa, RiskLevel level) {
        var own = new VesselState(SHIPU_LAT, SHIPU_LON, ownSog, ownCog);
        var target = new VesselState(SHIPU_LAT + y / 60, SHIPU_LON + x / (60 * Math.cos(Math.toRadians(SHIPU_LAT))),
                sog, cog);

        Cpa result = CollisionRisk.cpa(own, target);

        assertThat(result.cpaNm()).isCloseTo(cpa, within(0.02));
        assertTcpa(result, tcpa, 0.1);
        assertThat(CpaThresholds.XIANGSHAN_DEFAULTS.classify(result)).isEqualTo(level);
    }

    private static void assertTcpa(Cpa result, Double expected, double tolerance) {
        if (expected == null) {
            assertThat(result.tcpaMin()).isEmpty();
        } else {
            assertThat(result.tcpaMin()).isPresent();
            assertThat(result.tcpaMin().getAsDouble()).isCloseTo(expected, within(tolerance));
        }
    }
}
