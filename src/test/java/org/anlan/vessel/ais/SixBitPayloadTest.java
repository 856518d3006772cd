package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SixBitPayloadTest {

    @Test
    void readsUnsignedAndSignedFieldsMostSignificantBitFirst() {
        var bits = SixBitPayload.of("w0", 0);

        assertThat(bits.bitLength()).isEqualTo(12);
        assertThat(bits.unsigned(0, 6)).isEqualTo(63);
        assertThat(bits.signed(0, 6)).isEqualTo(-1);
        assertThat(bits.unsigned(4, 4)).isEqualTo(0b1100);
    }

    @Test
    void fillBitsShortenThePayloadAndReadsPastTheEndAreZero() {
        var bits = SixBitPayload.of("ww", 2);

        assertThat(bits.bitLength()).isEqualTo(10);
        assertThat(bits.unsigned(6, 6)).isEqualTo(0b111100);
    }

    @Test
    void textStopsAtTheFirstAtSignAndDropsTrailingSpaces() {
        // "AB  @Z" in six-bit: 1, 2, 32, 32, 0, 26
        var bits = SixBitPayload.of("12PP0J", 0);

        assertThat(bits.text(0, 36)).isEqualTo("AB");
    }

    @Test
    void mapsArmorCharactersAsTheAdocTableDoes() {
        assertThat(SixBitPayload.value('0')).isZero();
        assertThat(SixBitPayload.value('W')).isEqualTo(39);
        assertThat(SixBitPayload.value('`')).isEqualTo(40);
        assertThat(SixBitPayload.value('w')).isEqualTo(63);
        assertThat(SixBitPayload.value('X')).isEqualTo(-1);
        assertThat(SixBitPayload.value('x')).isEqualTo(-1);
    }
}
