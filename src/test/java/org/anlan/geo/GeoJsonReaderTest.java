package org.anlan.geo;

import static org.anlan.geo.GeoJsonTestDocs.collection;
import static org.anlan.geo.GeoJsonTestDocs.feature;
import static org.anlan.geo.GeoJsonTestDocs.multiPolygon;
import static org.anlan.geo.GeoJsonTestDocs.polygon;
import static org.anlan.geo.GeoJsonTestDocs.ring;
import static org.anlan.geo.GeoJsonTestDocs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoJsonReaderTest {

    private final GeoJsonReader reader = GeoJsonReader.withDefaultLimits();

    private List<GeoJsonFeature> read(String json) {
        return reader.readFeatureCollection(utf8(json));
    }

    private static String wkt(GeoJsonFeature feature) {
        return Geometries.toWkt(feature.geometry());
    }

    @Nested
    class Accepting {

        @Test
        void aValidFeatureCollectionIsReadWithPropertiesAndGeometries() {
            String json = """
                    {"type":"FeatureCollection","features":[
                      {"type":"Feature","properties":{"name":"丹西街道","code":330225002,"area":52.5,
                                                      "coastal":false,"note":null,"tags":["a",1],"meta":{"k":"v"}},
                       "geometry":{"type":"Polygon","coordinates":[[[121,29,0],[121.1,29,0],[121.1,29.1,0],[121,29.1,0],[121,29,0]]]}},
                      {"type":"Feature","properties":null,
                       "geometry":{"type":"Point","coordinates":[121.87,29.47]}}
                    ]}""";

            List<GeoJsonFeature> features = read(json);

            assertThat(features).hasSize(2);
            GeoJsonFeature first = features.get(0);
            assertThat(first.index()).isZero();
            assertThat(first.name()).contains("丹西街道");
            assertThat(first.properties()).containsEntry("code", 330225002).containsEntry("area", 52.5)
                    .containsEntry("coastal", false).containsEntry("note", null)
                    .containsEntry("tags", List.of("a", 1)).containsEntry("meta", Map.of("k", "v"));
            assertThat(wkt(first)).isEqualTo("POLYGON ((121 29, 121.1 29, 121.1 29.1, 121 29.1, 121 29))");
            assertThat(first.geometry().getSRID()).isEqualTo(4326);
            assertThat(first.repaired()).isFalse();
            assertThat(first.repairNote()).isNull();
            GeoJsonFeature second = features.get(1);
            assertThat(second.index()).isEqualTo(1);
            assertThat(second.name()).isEmpty();
            assertThat(second.properties()).isEmpty();
            assertThat(wkt(second)).isEqualTo("POINT (121.87 29.47)");
        }

        @Test
        void anEmptyFeatureCollectionGivesNoFeatures() {
            assertThat(read(collection())).isEmpty();
        }

        @Test
        void aPolygonWithAHoleStaysAPolygon() {
            GeoJsonFeature f = read(collection(feature("Holey",
                    polygon(ring("0 0, 10 0, 10 10, 0 10, 0 0"), ring("2 2, 2 4, 4 4, 4 2, 2 2"))))).get(0);

            assertThat(wkt(f)).isEqualTo("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))");
            assertThat(f.repaired()).isFalse();
        }

        @Test
        void aPolygonWithThreeDisjointClockwiseOuterRingsBecomesAMultipolygonOfThree() {
            GeoJsonFeature f = read(collection(feature("Islands", polygon(
                    ring("0 0, 0 1, 1 1, 1 0, 0 0"),
                    ring("2 0, 2 1, 3 1, 3 0, 2 0"),
                    ring("4 0, 4 1, 5 1, 5 0, 4 0"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), "
                    + "((2 0, 2 1, 3 1, 3 0, 2 0)), ((4 0, 4 1, 5 1, 5 0, 4 0)))");
            assertThat(f.repaired()).isTrue();
            assertThat(f.repairNote()).isEqualTo("Polygon with 3 outer rings repaired to MultiPolygon");
            assertThat(f.geometry().isValid()).isTrue();
        }

        @Test
        void aPolygonWhoseFirstRingIsATinyIslandAndLastRingTheMainlandIsRepaired() {
            GeoJsonFeature f = read(collection(feature("Island first", polygon(
                    ring("20 0, 20 1, 21 1, 21 0, 20 0"),
                    ring("0 0, 0 10, 10 10, 10 0, 0 0"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((20 0, 20 1, 21 1, 21 0, 20 0)), ((0 0, 0 10, 10 10, 10 0, 0 0)))");
            assertThat(f.repaired()).isTrue();
        }

        @Test
        void aHoleListedAfterAnIslandIsGivenToTheMainlandThatContainsIt() {
            GeoJsonFeature f = read(collection(feature("Mixed", polygon(
                    ring("20 0, 20 1, 21 1, 21 0, 20 0"),
                    ring("2 2, 2 4, 4 4, 4 2, 2 2"),
                    ring("0 0, 0 10, 10 10, 10 0, 0 0"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((20 0, 20 1, 21 1, 21 0, 20 0)), "
                    + "((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2)))");
            assertThat(f.repaired()).isTrue();
            assertThat(f.repairNote()).contains("2 outer rings");
        }

        @Test
        void aShellThenAnIslandThenAHoleInTheMainlandClassifiesTheHoleCorrectly() {
            GeoJsonFeature f = read(collection(feature("Mainland first", polygon(
                    ring("0 0, 0 10, 10 10, 10 0, 0 0"),
                    ring("20 0, 20 1, 21 1, 21 0, 20 0"),
                    ring("2 2, 2 4, 4 4, 4 2, 2 2"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2)), "
                    + "((20 0, 20 1, 21 1, 21 0, 20 0)))");
            assertThat(f.geometry().isValid()).isTrue();
        }

        @Test
        void anIslandInsideALakeBecomesAPolygonOfItsOwn() {
            GeoJsonFeature f = read(collection(feature("Lake island", polygon(
                    ring("0 0, 0 10, 10 10, 10 0, 0 0"),
                    ring("3 3, 3 4, 4 4, 4 3, 3 3"),
                    ring("2 2, 2 6, 6 6, 6 2, 2 2"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 2 6, 6 6, 6 2, 2 2)), "
                    + "((3 3, 3 4, 4 4, 4 3, 3 3)))");
        }

        @Test
        void ringOrientationDoesNotChangeTheClassification() {
            GeoJsonFeature f = read(collection(feature("Mixed orientation", polygon(
                    ring("0 0, 10 0, 10 10, 0 10, 0 0"),
                    ring("20 0, 20 1, 21 1, 21 0, 20 0"),
                    ring("2 2, 4 2, 4 4, 2 4, 2 2"))))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)), "
                    + "((20 0, 20 1, 21 1, 21 0, 20 0)))");
        }

        @Test
        void aPolygonListingItsHoleBeforeItsShellIsReordered() {
            GeoJsonFeature f = read(collection(feature("Hole first", polygon(
                    ring("2 2, 2 4, 4 4, 4 2, 2 2"),
                    ring("0 0, 0 10, 10 10, 10 0, 0 0"))))).get(0);

            assertThat(wkt(f)).isEqualTo("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))");
            assertThat(f.repaired()).isTrue();
        }

        @Test
        void eachPartOfAMultipolygonIsRepairedWhenItHasSeveralOuterRings() {
            GeoJsonFeature f = read(collection(feature("Multi", multiPolygon(
                    "[" + ring("0 0, 0 1, 1 1, 1 0, 0 0") + "," + ring("2 0, 2 1, 3 1, 3 0, 2 0") + "]",
                    "[" + ring("10 0, 10 5, 15 5, 15 0, 10 0") + "," + ring("11 1, 11 2, 12 2, 12 1, 11 1") + "]")))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((2 0, 2 1, 3 1, 3 0, 2 0)), "
                    + "((10 0, 10 5, 15 5, 15 0, 10 0), (11 1, 11 2, 12 2, 12 1, 11 1)))");
            assertThat(f.repaired()).isTrue();
            assertThat(f.repairNote()).isEqualTo("MultiPolygon part 0 with 2 outer rings repaired to separate polygons");
        }

        @Test
        void aValidMultipolygonIsLeftAlone() {
            GeoJsonFeature f = read(collection(feature("Multi", multiPolygon(
                    "[" + ring("0 0, 0 1, 1 1, 1 0, 0 0") + "]", "[" + ring("2 0, 2 1, 3 1, 3 0, 2 0") + "]")))).get(0);

            assertThat(wkt(f)).isEqualTo("MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((2 0, 2 1, 3 1, 3 0, 2 0)))");
            assertThat(f.repaired()).isFalse();
        }

        @Test
        void theInputStreamIsNotClosedByTheReader() {
            var closed = new boolean[1];
            InputStream in = new FilterInputStream(utf8(collection())) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            reader.readFeatureCollection(in);

            assertThat(closed[0]).isFalse();
        }
    }

    @Nested
    class Rejecting {

        static Stream<Arguments> badFeatures() {
            return Stream.of(
                    Arguments.of("unclosed ring", polygon(ring("0 0, 1 0, 1 1, 0 1, 0 0.5")),
                            GeoJsonException.BAD_GEOMETRY, "not closed"),
                    Arguments.of("too few points", polygon(ring("0 0, 1 0, 0 0")),
                            GeoJsonException.BAD_GEOMETRY, "at least 4"),
                    Arguments.of("NaN coordinate", polygon("[[0,0],[1,0],[NaN,1],[0,0]]"),
                            GeoJsonException.BAD_GEOMETRY, "not finite"),
                    Arguments.of("string coordinate", polygon("[[0,0],[1,0],[\"1\",1],[0,0]]"),
                            GeoJsonException.BAD_GEOMETRY, "non-numeric"),
                    Arguments.of("latitude 200", polygon(ring("121 29, 121.1 200, 121.1 29.1, 121 29")),
                            GeoJsonException.BAD_GEOMETRY, "out of range"),
                    Arguments.of("LineString", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}",
                            GeoJsonException.UNSUPPORTED_GEOMETRY, "LineString"),
                    Arguments.of("bow-tie ring", polygon(ring("0 0, 1 1, 1 0, 0 1, 0 0")),
                            GeoJsonException.BAD_GEOMETRY, "Self-intersection"),
                    Arguments.of("overlapping outer rings", polygon(ring("0 0, 0 2, 2 2, 2 0, 0 0"), ring("1 1, 1 3, 3 3, 3 1, 1 1")),
                            GeoJsonException.BAD_GEOMETRY, "invalid"),
                    Arguments.of("null geometry", "null", GeoJsonException.BAD_GEOMETRY, "no geometry"),
                    Arguments.of("position with one number", polygon("[[0],[1,0],[1,1],[0]]"),
                            GeoJsonException.BAD_GEOMETRY, "2 or 3 numbers"),
                    Arguments.of("polygon without rings", polygon(), GeoJsonException.BAD_GEOMETRY, "non-empty"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badFeatures")
        void aBadFeatureIsRejectedWithItsCodeAndAMessageNamingIt(String label, String geometry,
                String code, String detail) {
            String json = collection(
                    feature("Good", polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0"))),
                    feature("墙头镇", geometry));

            GeoJsonException e = reject(json);

            assertThat(e.code()).isEqualTo(code);
            assertThat(e.featureIndex()).isEqualTo(1);
            assertThat(e.featureName()).isEqualTo("墙头镇");
            assertThat(e.getMessage()).startsWith("Feature #1 ('墙头镇'): ").contains(detail);
        }

        @Test
        void aFeatureWithoutAGeometryMemberIsRejected() {
            GeoJsonException e = reject(collection("{\"type\":\"Feature\",\"properties\":{}}"));

            assertThat(e.code()).isEqualTo(GeoJsonException.BAD_GEOMETRY);
            assertThat(e.featureIndex()).isZero();
            assertThat(e.featureName()).isNull();
            assertThat(e.getMessage()).isEqualTo("Feature #0 (unnamed): feature has no geometry");
        }

        @Test
        void aDocumentThatIsNotAFeatureCollectionIsRejected() {
            String single = feature("Square", polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0")));

            assertThat(reject(single).code()).isEqualTo(GeoJsonException.NOT_FEATURE_COLLECTION);
            assertThat(reject("[1,2,3]").code()).isEqualTo(GeoJsonException.NOT_FEATURE_COLLECTION);
            assertThat(reject("{\"type\":\"FeatureCollection\"}").code()).isEqualTo(GeoJsonException.NOT_FEATURE_COLLECTION);
            assertThat(reject(single).featureIndex()).isEqualTo(-1);
        }

        @Test
        void malformedJsonIsRejected() {
            assertThat(reject("{\"type\":\"FeatureCollection\",\"features\":[").code()).isEqualTo(GeoJsonException.MALFORMED);
            assertThat(reject("not json at all").code()).isEqualTo(GeoJsonException.MALFORMED);
            assertThat(reject("").code()).isEqualTo(GeoJsonException.MALFORMED);
            assertThat(reject(collection() + " trailing").code()).isEqualTo(GeoJsonException.MALFORMED);
        }

        @Test
        void aDocumentOverMaxBytesIsRejected() {
            GeoJsonReader small = new GeoJsonReader(200, 100, 1000);
            String json = collection(feature("A".repeat(300), polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0"))));

            GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                    () -> small.readFeatureCollection(utf8(json)));

            assertThat(e.code()).isEqualTo(GeoJsonException.TOO_LARGE);
            assertThat(e.getMessage()).contains("200 bytes");
        }

        @Test
        void anEndlessStreamIsCutOffAtMaxBytes() {
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return ' ';
                }
            };

            GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                    () -> new GeoJsonReader(10_000, 100, 1000).readFeatureCollection(endless));

            assertThat(e.code()).isEqualTo(GeoJsonException.TOO_LARGE);
        }

        @Test
        void aDocumentOverMaxFeaturesIsRejected() {
            String square = feature("S", polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0")));

            GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                    () -> new GeoJsonReader(1_000_000, 2, 1000).readFeatureCollection(utf8(collection(square, square, square))));

            assertThat(e.code()).isEqualTo(GeoJsonException.TOO_LARGE);
            assertThat(e.getMessage()).contains("3 features").contains("limit of 2");
        }

        @Test
        void aDocumentOverMaxCoordinatesIsRejected() {
            String square = feature("S", polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0")));

            GeoJsonException e = catchThrowableOfType(GeoJsonException.class,
                    () -> new GeoJsonReader(1_000_000, 10, 8).readFeatureCollection(utf8(collection(square, square))));

            assertThat(e.code()).isEqualTo(GeoJsonException.TOO_LARGE);
            assertThat(e.getMessage()).contains("limit of 8 positions");
        }

        @Test
        void deeplyNestedJsonIsRejected() {
            String deep = "[".repeat(10_000) + "]".repeat(10_000);
            String deepProperties = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"x\":"
                    + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "},\"geometry\":null}]}";

            assertThat(reject(deep).code()).isEqualTo(GeoJsonException.TOO_DEEP);
            assertThat(reject(deepProperties).code()).isEqualTo(GeoJsonException.TOO_DEEP);
        }

        @Test
        void anOverlongNumberIsRejected() {
            String json = collection(feature("S", polygon("[[0,0],[0,1],[1." + "1".repeat(200) + ",1],[0,0]]")));

            assertThat(reject(json).code()).isEqualTo(GeoJsonException.TOO_LARGE);
        }

        private GeoJsonException reject(String json) {
            GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> read(json));
            assertThat(e).as("expected a GeoJsonException for %s", json.length() > 200 ? json.substring(0, 200) : json)
                    .isNotNull();
            return e;
        }
    }
}
