package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Coordinates scaled as gpsd does: degrees rounded to 7 (1/10000 minute) or 5 (1/10 minute) decimals. */
class ScalingTest {

    private static final long[] SPECIAL = {0, 91 * 600_000L, 181 * 600_000L, 90 * 600_000L, 180 * 600_000L,
            1L << 27, 1L << 26, 29 * 600_000L + 12_345};

    @Test
    void tenThousandthMinutesRoundAsTheDivisionDoes() {
        for (long raw = -(1L << 27); raw < 1L << 27; raw += 97) {
            assertSameAsDivision(raw);
        }
        for (long special : SPECIAL) {
            for (long raw = special - 10_000; raw <= special + 10_000; raw++) {
                assertSameAsDivision(raw);
                assertSameAsDivision(-raw);
            }
        }
    }

    @Test
    void tenthMinutesRoundAsTheDivisionDoes() {
        for (long raw = -(1L << 17); raw < 1L << 17; raw++) {
            assertThat(Double.doubleToRawLongBits(Scaling.degreesFromTenthMinutes(raw)))
                    .as("raw %d", raw)
                    .isEqualTo(Double.doubleToRawLongBits(Math.round(raw / 600.0 * 1e5) / 1e5));
        }
    }

    @Test
    void notAvailableComesOutAsGpsdPrintsIt() {
        assertThat(Scaling.degreesFromTenThousandthMinutes(181 * 600_000L)).isEqualTo(181.0);
        assertThat(Scaling.degreesFromTenThousandthMinutes(91 * 600_000L)).isEqualTo(91.0);
        assertThat(Scaling.degreesFromTenThousandthMinutes(-1)).isEqualTo(-0.0000017);
    }

    private static void assertSameAsDivision(long raw) {
        double expected = Math.round(raw / 600_000.0 * 1e7) / 1e7;
        double actual = Scaling.degreesFromTenThousandthMinutes(raw);
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
            assertThat(actual).as("raw %d", raw).isEqualTo(expected);
        }
    }
}
