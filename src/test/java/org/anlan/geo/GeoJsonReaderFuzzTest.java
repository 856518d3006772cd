package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, the reader returns features or throws GeoJsonException — nothing else, and promptly. */
class GeoJsonReaderFuzzTest {

    private static final byte[] VALID = GeoJsonTestDocs.VALID_DOCUMENT.getBytes(StandardCharsets.UTF_8);
    private static final Duration PER_TRY = Duration.ofSeconds(5);

    private final GeoJsonReader reader = new GeoJsonReader(64 * 1024, 100, 10_000);

    sealed interface Mutation permits Truncate, FlipByte, Insert {
        byte[] apply(byte[] doc);
    }

    record Truncate(double fraction) implements Mutation {
        public byte[] apply(byte[] doc) {
            return Arrays.copyOf(doc, (int) (doc.length * fraction));
        }
    }

    record FlipByte(double position, int mask) implements Mutation {
        public byte[] apply(byte[] doc) {
            if (doc.length == 0) {
                return doc;
            }
            byte[] copy = doc.clone();
            int at = Math.min(doc.length - 1, (int) (doc.length * position));
            copy[at] = (byte) (copy[at] ^ mask);
            return copy;
        }
    }

    record Insert(double position, String text) implements Mutation {
        public byte[] apply(byte[] doc) {
            int at = (int) (doc.length * position);
            byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
            byte[] copy = new byte[doc.length + inserted.length];
            System.arraycopy(doc, 0, copy, 0, at);
            System.arraycopy(inserted, 0, copy, at, inserted.length);
            System.arraycopy(doc, at, copy, at + inserted.length, doc.length - at);
            return copy;
        }
    }

    @Property(tries = 400)
    @Label("random bytes give a result or a GeoJsonException")
    void randomBytesGiveAResultOrAGeoJsonException(@ForAll @Size(max = 512) byte[] bytes) {
        assertOnlyGeoJsonExceptions(bytes);
    }

    @Property(tries = 500)
    @Label("mutations of a valid document give a result or a GeoJsonException")
    void mutationsOfAValidDocumentGiveAResultOrAGeoJsonException(@ForAll("mutationLists") List<Mutation> mutations) {
        byte[] doc = VALID;
        for (Mutation m : mutations) {
            doc = m.apply(doc);
        }
        assertOnlyGeoJsonExceptions(doc);
    }

    @Provide
    Arbitrary<List<Mutation>> mutationLists() {
        Arbitrary<Double> position = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<Mutation> truncate = position.map(Truncate::new);
        Arbitrary<Mutation> flip = Combinators.combine(position, Arbitraries.integers().between(1, 255))
                .as(FlipByte::new);
        Arbitrary<String> token = Arbitraries.of("[", "]", "{", "}", ",", ":", "\"", "[[", "]]", "[0,0]", "null",
                "NaN", "-", "1e999", "\"type\":\"Polygon\"", "\"coordinates\":[]", "\\u0000", "\u0000", "\uFFFF", "汉");
        Arbitrary<Mutation> insert = Combinators.combine(position, token).as(Insert::new);
        return Arbitraries.oneOf(truncate, flip, insert).list().ofMinSize(1).ofMaxSize(6);
    }

    private void assertOnlyGeoJsonExceptions(byte[] bytes) {
        assertTimeoutPreemptively(PER_TRY, () -> {
            try {
                List<GeoJsonFeature> features = reader.readFeatureCollection(new ByteArrayInputStream(bytes));
                assertThat(features).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
            } catch (GeoJsonException e) {
                assertThat(e.code()).startsWith("GEOJSON_");
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }
}
