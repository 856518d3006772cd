package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Garbage and mutated real sentences never throw and never hit the decoder's fault net. */
class AisFuzzProperties {

    private static final List<String> REAL = List.of(
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C",
            "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E",
            "!AIVDM,2,2,3,B,1@0000000000000,2*55",
            "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D",
            "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40",
            "!AIVDM,1,1,,B,B5MiOp0006g4up6:EV403wr5oP06,0*38",
            "!AIVDM,1,1,,A,403Ovl@000Htt<tSF0l4Q@100`Pq,0*28",
            "\\g:1-2-73874,n:157036,s:r003669945,c:1241544035*4A\\!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13");

    private final AisDecoder decoder = new AisDecoder();

    @Property(tries = 50_000)
    void randomBytesNeverBreakTheDecoder(@ForAll("bytes") byte[] bytes) {
        decoder.feed(new String(bytes, StandardCharsets.ISO_8859_1));

        assertThat(decoder.counts().rejects()).doesNotContainKey(RejectReason.DECODER_FAULT);
    }

    @Property(tries = 50_000)
    void mutatedSentencesNeverBreakTheDecoder(@ForAll("mutated") String line) {
        decoder.feed(line);

        assertThat(decoder.counts().rejects()).doesNotContainKey(RejectReason.DECODER_FAULT);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(1200);
    }

    @Provide
    Arbitrary<String> mutated() {
        return Arbitraries.of(REAL).flatMap(line -> Arbitraries.integers().between(0, line.length() - 1).list()
                .ofMinSize(1).ofMaxSize(4).flatMap(positions -> Arbitraries.chars().range(' ', '~')
                        .list().ofSize(positions.size()).map(chars -> {
                            var mutant = new StringBuilder(line);
                            for (int i = 0; i < positions.size(); i++) {
                                mutant.setCharAt(positions.get(i), chars.get(i));
                            }
                            return mutant.toString();
                        })));
    }
}
