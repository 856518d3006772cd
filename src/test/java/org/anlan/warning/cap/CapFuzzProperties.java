package org.anlan.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anlan.warning.CapSamples;

/**
 * Garbage, mutated and truncated messages never throw: every outcome is either a valid alert or named problems;
 * whatever is accepted writes out and reads back to the same alert.
 */
class CapFuzzProperties {

    private static final byte[] SAMPLE = CapSamples.sampleCap().getBytes(StandardCharsets.UTF_8);

    @Property(tries = 3_000)
    void randomBytesGiveProblemsNotExceptions(@ForAll("bytes") byte[] bytes) {
        assertOutcome(CapMessages.check(bytes));
    }

    @Property(tries = 3_000)
    void mutatedSamplesGiveAValidAlertOrNamedProblems(@ForAll("mutated") byte[] bytes) {
        assertOutcome(CapMessages.check(bytes));
    }

    private static void assertOutcome(CapMessages.Check check) {
        if (check.valid()) {
            assertThat(check.alert()).isNotNull();
            String again = CapWriter.write(check.alert());
            CapMessages.Check reread = CapMessages.check(again.getBytes(StandardCharsets.UTF_8));
            assertThat(reread.problems()).isEmpty();
            assertThat(reread.alert()).isEqualTo(check.alert());
        } else {
            assertThat(check.problems()).allSatisfy(p -> {
                assertThat(p.path()).startsWith("/");
                assertThat(p.reason()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, SAMPLE.length - 1).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(positions -> Arbitraries.of((byte) '<', (byte) '>', (byte) '&', (byte) '/', (byte) 'x',
                        (byte) ' ', (byte) 0, (byte) 0xE5, (byte) '"', (byte) '9').list().ofSize(positions.size())
                        .map(values -> {
                            byte[] copy = SAMPLE.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, SAMPLE.length)
                .map(n -> java.util.Arrays.copyOf(SAMPLE, n));
        Arbitrary<byte[]> spliced = Arbitraries.integers().between(0, SAMPLE.length - 1).list().ofSize(2)
                .map(cut -> {
                    int a = Math.min(cut.get(0), cut.get(1));
                    int b = Math.max(cut.get(0), cut.get(1));
                    byte[] out = new byte[SAMPLE.length - (b - a)];
                    System.arraycopy(SAMPLE, 0, out, 0, a);
                    System.arraycopy(SAMPLE, b, out, a, SAMPLE.length - b);
                    return out;
                });
        return Arbitraries.oneOf(flipped, truncated, spliced);
    }
}
