package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The collision watch's own cos(lat) and its bound on |tan(lat)| + 1. */
class LatitudeScaleTest {

    @Test
    void cosLatIsWithinAFewPartsInTenToTheFifteenthOfMathCosInTheGrid() {
        for (long step = -8_500_000; step <= 8_500_000; step += 7) {
            assertCloseToMathCos(step / 100_000.0);
        }
        for (double lat : new double[] {0, -0.0, 0.125, 0.12500000000000003, 29.375, 84.875, 85, -85}) {
            assertCloseToMathCos(lat);
        }
    }

    @Test
    void cosLatStaysCloseTowardsThePoles() {
        // Near 90° both are the cosine of a rounded argument: close in absolute terms, as the grid leaves them out.
        for (long step = 8_500_000; step <= 9_000_000; step += 3) {
            double lat = step / 100_000.0;
            assertThat(Math.abs(CollisionNeighbourhood.cosLat(lat) - Math.cos(Math.toRadians(lat))))
                    .as("lat %s", lat).isLessThan(1e-15);
        }
        assertThat(CollisionNeighbourhood.cosLat(Double.NaN)).isNaN();
        assertThat(CollisionNeighbourhood.cosLat(120)).isEqualTo(Math.cos(Math.toRadians(120)));
    }

    private static void assertCloseToMathCos(double lat) {
        double expected = Math.cos(Math.toRadians(lat));
        assertThat(Math.abs(CollisionNeighbourhood.cosLat(lat) - expected))
                .as("lat %s", lat)
                .isLessThanOrEqualTo(5e-15 * expected);
    }

    @Test
    void tanLatPlusOneBoundsTheTangentFromAbove() {
        for (long step = -850_000; step <= 850_000; step += 3) {
            double lat = step / 10_000.0;
            double exact = Math.abs(Math.tan(Math.toRadians(lat))) + 1;
            double quarterFurther = Math.tan(Math.toRadians(Math.abs(lat) + 0.25)) + 1;
            assertThat(CollisionNeighbourhood.tanLatPlusOne(lat))
                    .as("lat %s", lat)
                    .isGreaterThanOrEqualTo(exact)
                    .isLessThanOrEqualTo(quarterFurther * (1 + 1e-9));
        }
    }
}
