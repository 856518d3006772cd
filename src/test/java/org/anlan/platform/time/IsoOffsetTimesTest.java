package org.anlan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast reading of ISO-8601 times agrees with {@link OffsetDateTime#parse}: same instant, or refused as it is. */
class IsoOffsetTimesTest {

    @Property(tries = 50_000)
    void anyTimeOfTheCommonShapeReadsAsTheJdkReadsIt(@ForAll("commonShape") String text) {
        assertSameAsJdk(text);
    }

    @Property(tries = 50_000)
    void mutatedTimesAreReadOrRefusedAsTheJdkDoes(@ForAll("mutated") String text) {
        assertSameAsJdk(text);
    }

    @Test
    void theFastPathTakesTheShapesStationsSendAndLeavesTheRest() {
        for (String common : List.of("2026-07-01T11:00Z", "2026-07-01T11:00:00Z", "2026-07-01T19:00:00+08:00",
                "2026-07-01T19:00:00.5+08:00", "2026-07-01T19:00:00.123456789-03:30", "2024-02-29T00:00:00Z")) {
            assertThat(IsoOffsetTimes.parseCommon(common)).as(common).isEqualTo(OffsetDateTime.parse(common).toInstant());
        }
        for (String other : List.of("2026-07-01t11:00:00Z", "2026-07-01T11:00:00z", "2026-07-01T11:00:00+08:00:30",
                "2025-02-29T00:00:00Z", "2026-07-01T24:00:00Z", "+12026-07-01T11:00:00Z", "2026-07-01T11:00:00.Z")) {
            assertThat(IsoOffsetTimes.parseCommon(other)).as(other).isNull();
        }
        assertThatThrownBy(() -> IsoOffsetTimes.parse("2025-02-29T00:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThat(IsoOffsetTimes.parse("2026-07-01t11:00:00z")).isEqualTo(Instant.parse("2026-07-01T11:00:00Z"));
    }

    private static void assertSameAsJdk(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> IsoOffsetTimes.parse(text)).as(text).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(IsoOffsetTimes.parse(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> commonShape() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 9999),
                        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 25),
                        Arbitraries.integers().between(0, 61), Arbitraries.integers().between(-1, 61),
                        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11))
                .as((h, mi, s, fraction) -> String.format("%02d:%02d", h, mi)
                        + (s < 0 ? "" : String.format(":%02d", s) + (fraction.isEmpty() ? "" : "." + fraction)));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.just("Z"),
                Combinators.combine(Arbitraries.of('+', '-'), Arbitraries.integers().between(0, 19),
                        Arbitraries.integers().between(0, 60)).as((sign, h, m) -> String.format("%c%02d:%02d", sign, h, m)));
        return Combinators.combine(date, time, offset).as((d, t, o) -> d + "T" + t + o);
    }

    @Provide
    Arbitrary<String> mutated() {
        return commonShape().flatMap(text -> Arbitraries.integers().between(0, text.length() - 1).list().ofMinSize(1)
                .ofMaxSize(3).flatMap(positions -> Arbitraries.chars().range(' ', '~').list().ofSize(positions.size())
                        .map(chars -> {
                            var mutant = new StringBuilder(text);
                            for (int i = 0; i < positions.size(); i++) {
                                mutant.setCharAt(positions.get(i), chars.get(i));
                            }
                            return mutant.toString();
                        })));
    }
}
