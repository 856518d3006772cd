package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain-rules.md §5.3 vectors, own ship at the origin; a blank TCPA means undefined (same velocity). */
class CollisionRiskTest {

    private static final double SHIPU_LAT = 29.2;
    private static final double SHIPU_LON = 121.95;

    @ParameterizedTest(name = "target ({0},{1}) {2}°/{3} kn vs own {4}°/{5} kn -> CPA {6} nm, TCPA {7} min")
    @CsvSource({
            "0, 6, 180, 10, 0, 10, 0.0, 18",
            "3, 3, 270, 12, 0, 12, 0.0, 15",
            "1, 5, 180, 10, 0, 10, 1.0, 15",
            "4, -3, 0, 6, 90, 8, 0.0, 30",
            "0, 3, 0, 15, 0, 10, 0.0, -36",
            "0, -2, 0, 10, 0, 10, 2.0, ",
            "0, 1.5, 180, 10, 0, 10, 0.0, 4.5",
            "0.8, 3, 180, 10, 0, 10, 0.8, 9"})
    void computesTheVectorsInTheLocalPlane(double x, double y, double cog, double sog, double ownCog, double ownSog,
            double cpa, Double tcpa) {
        Cpa result = CollisionRisk.cpaInPlane(x, y, ownSog, ownCog, sog, cog);

        assertThat(result.cpaNm()).isCloseTo(cpa, within(1e-9));
        assertTcpa(result, tcpa, 1e-9);
    }

    @ParameterizedTest(name = "near 石浦: target ({0},{1}) nm -> CPA {6} nm, TCPA {7} min")
    @CsvSource({
            "0, 6, 180, 10, 0, 10, 0.0, 18",
            "3, 3, 270, 12, 0, 12, 0.0, 15",
            "1, 5, 180, 10, 0, 10, 1.0, 15",
            "4, -3, 0, 6, 90, 8, 0.0, 30",
            "0, 3, 0, 15, 0, 10, 0.0, -36",
            "0, -2, 0, 10, 0, 10, 2.0, ",
            "0, 1.5, 180, 10, 0, 10, 0.0, 4.5",
            "0.8, 3, 180, 10, 0, 10, 0.8, 9"})
    void computesTheSameVectorsFromLatitudeAndLongitude(double x, double y, double cog, double sog, double ownCog,
            double ownSog, double cpa, Double tcpa) {
        var own = new VesselState(SHIPU_LAT, SHIPU_LON, ownSog, ownCog);
        var target = new VesselState(SHIPU_LAT + y / 60, SHIPU_LON + x / (60 * Math.cos(Math.toRadians(SHIPU_LAT))),
                sog, cog);

        Cpa result = CollisionRisk.cpa(own, target);

        assertThat(result.cpaNm()).isCloseTo(cpa, within(0.02));
        assertTcpa(result, tcpa, 0.1);
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
