package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeoJsonWriterTest {

    private static final String POLYGON_WITH_HOLE =
            "POLYGON ((121 29, 121.1 29, 121.1 29.1, 121 29.1, 121 29), (121.02 29.02, 121.02 29.04, 121.04 29.04, 121.04 29.02, 121.02 29.02))";
    private static final String MULTIPOLYGON =
            "MULTIPOLYGON (((121.5 29.5, 121.5 29.6, 121.6 29.6, 121.6 29.5, 121.5 29.5)), ((122 29, 122 29.1, 122.1 29.1, 122 29)))";
    private static final String POINT = "POINT (121.872345 29.470001)";

    @Test
    void writtenFeaturesReadBackToTheSameGeometriesAndProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", "丹西街道");
        properties.put("code", 330225002);
        properties.put("population", 10_000_000_000L);
        properties.put("areaKm2", 52.25);
        properties.put("coastal", true);
        properties.put("note", null);
        properties.put("tags", List.of("town", 3, false));
        properties.put("meta", Map.of("source", "test"));
        List<WritableFeature> features = List.of(
                new WritableFeature(Geometries.fromWkt(POLYGON_WITH_HOLE), properties),
                new WritableFeature(Geometries.fromWkt(MULTIPOLYGON), Map.of("name", "Islands")),
                new WritableFeature(Geometries.fromWkt(POINT), null));

        String json = GeoJsonWriter.featureCollection(features);
        List<GeoJsonFeature> read = GeoJsonReader.withDefaultLimits().readFeatureCollection(GeoJsonTestDocs.utf8(json));

        assertThat(read).hasSize(3);
        assertThat(Geometries.toWkt(read.get(0).geometry())).isEqualTo(POLYGON_WITH_HOLE);
        assertThat(Geometries.toWkt(read.get(1).geometry())).isEqualTo(MULTIPOLYGON);
        assertThat(Geometries.toWkt(read.get(2).geometry())).isEqualTo(POINT);
        assertThat(read.get(0).properties()).isEqualTo(properties);
        assertThat(read.get(0).repaired()).isFalse();
        assertThat(read.get(1).name()).contains("Islands");
        assertThat(read.get(2).properties()).isEmpty();
    }

    @Test
    void coordinatesAreWrittenLonFirstAndRoundedToSixDecimals() {
        Geometry point = Geometries.fromWkt("POINT (121.12345678 29.98765432)");

        String json = GeoJsonWriter.featureCollection(List.of(new WritableFeature(point, Map.of())));

        assertThat(json).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.123457,29.987654]}}]}");
    }

    @Test
    void anEmptyListGivesAnEmptyFeatureCollection() {
        assertThat(GeoJsonWriter.featureCollection(List.of()))
                .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    @Test
    void unsupportedGeometryTypesAreRefused() {
        Geometry line = Geometries.fromWkt("LINESTRING (0 0, 1 1)");

        assertThatThrownBy(() -> GeoJsonWriter.featureCollection(List.of(new WritableFeature(line, Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LineString");
    }
}
