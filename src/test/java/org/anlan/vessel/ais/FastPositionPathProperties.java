package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The allocation-free path decodes and counts exactly as the general path does, on valid and damaged lines. */
class FastPositionPathProperties {

    private static final String ARMOR = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

    private final AisDecoder fast = new AisDecoder();
    private final AisDecoder general = new AisDecoder();
    private final PositionReport report = new PositionReport();

    @Property(tries = 5_000)
    void positionReportsDecodeAsTheGeneralPath(@ForAll("positionSentences") String line) {
        assertSameOutcome(line);
        assertThat(report.filled()).isTrue();
    }

    @Property(tries = 5_000)
    void damagedLinesAreCountedAsTheGeneralPathCountsThem(@ForAll("damaged") String line) {
        assertSameOutcome(line);
    }

    @Test
    void encoderRoundTripsThroughTheFastPath() {
        var sent = new PositionSentences.Report(1, 412345678, 7, 29.4712, 121.9876, 8.3, 123.4, 120, 42);
        fast.feed(PositionSentences.encode(sent, 'A'), report);

        assertThat(report.filled()).isTrue();
        assertThat(report.mmsi()).isEqualTo(412345678);
        assertThat(report.lat()).isEqualTo(29.4712);
        assertThat(report.lon()).isEqualTo(121.9876);
        assertThat(report.speedKnots()).isEqualTo(8.3);
        assertThat(report.course()).isEqualTo(123.4);
        assertThat(report.heading()).isEqualTo(120);
        assertThat(report.status()).isEqualTo(7);
    }

    @Test
    void taggedAndMultiSentenceLinesGoTheGeneralWay() {
        List<AisMessage> messages = fast.feed(
                "\\g:1-2-73874,n:157036,s:r003669945,c:1241544035*4A\\!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13",
                report);

        assertThat(report.filled()).isFalse();
        assertThat(messages).hasSize(1);
        assertThat(fast.counts().tagBlocks()).isEqualTo(1);
    }

    private void assertSameOutcome(String line) {
        List<AisMessage> viaFast = fast.feed(line, report);
        List<AisMessage> viaGeneral = general.feed(line);
        assertThat(fast.counts()).isEqualTo(general.counts());
        if (!report.filled()) {
            assertThat(viaFast).isEqualTo(viaGeneral);
            return;
        }
        assertThat(viaFast).isEmpty();
        assertThat(viaGeneral).hasSize(1);
        AisMessage expected = viaGeneral.get(0);
        assertThat(report.type()).isEqualTo(expected.type());
        assertThat(report.mmsi()).isEqualTo(expected.mmsi());
        assertThat(report.repeat()).isEqualTo(expected.get("repeat"));
        assertThat(report.lat()).isEqualTo(expected.get("lat"));
        assertThat(report.lon()).isEqualTo(expected.get("lon"));
        assertThat(report.course()).isEqualTo(expected.get("course"));
        assertThat(report.heading()).isEqualTo(expected.get("heading"));
        assertThat(report.second()).isEqualTo(expected.get("second"));
        assertThat(report.accuracy()).isEqualTo(expected.get("accuracy"));
        Object speed = expected.get("speed");
        if (speed instanceof Double knots) {
            assertThat(report.speedKnots()).isEqualTo(knots);
        } else if ("fast".equals(speed)) {
            assertThat(report.speedKnots()).isEqualTo(102.2);
        } else {
            assertThat(report.speedKnots()).isNaN();
        }
        if (report.type() != 18) {
            assertThat(report.status()).isEqualTo(expected.get("status"));
        }
    }

    @Provide
    Arbitrary<String> positionSentences() {
        Arbitrary<Character> typeChar = Arbitraries.of('1', '2', '3', 'B');
        Arbitrary<String> rest = Arbitraries.of(ARMOR.toCharArray()).list().ofMinSize(27).ofMaxSize(30)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> sequence = Arbitraries.of("", "0", "7");
        Arbitrary<String> channel = Arbitraries.of("", "A", "B", "1", "2");
        Arbitrary<String> talker = Arbitraries.of("AI", "BS", "AB");
        Arbitrary<String> kind = Arbitraries.of("VDM", "VDO");
        return Combinators.combine(typeChar, rest, sequence, channel, talker, kind).as((type, payload, seq, ch, tk, k) -> {
            int fill = 6 * (payload.length() + 1) - 168 >= 5 ? 5 : 0;
            String body = tk + k + ",1,1," + seq + "," + ch + "," + type + payload + "," + fill;
            return "!" + body + "*" + PositionSentences.checksum(body);
        });
    }

    @Provide
    Arbitrary<String> damaged() {
        return positionSentences().flatMap(line -> Arbitraries.integers().between(0, line.length() - 1).list()
                .ofMinSize(1).ofMaxSize(3).flatMap(positions -> Arbitraries.of(
                        ",*!\\$ 0123456789ABCDEFabcdefwxyz@`:.".toCharArray()).list().ofSize(positions.size())
                        .map(chars -> {
                            var mutant = new StringBuilder(line);
                            for (int i = 0; i < positions.size(); i++) {
                                mutant.setCharAt(positions.get(i), chars.get(i));
                            }
                            return mutant.toString();
                        })));
    }
}
