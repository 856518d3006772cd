package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/** Reads the real Xiangshan boundary files from ../shared/data (never copied into the repo); skips when absent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XiangshanBoundariesTest {

    private static final Path DIR = Path.of("..", "shared", "data", "geo", "xiangshan");
    private static final Path TOWNSHIPS = DIR.resolve("xiangshan_townships_18.geojson");
    private static final Path LABEL_POINTS = DIR.resolve("xiangshan_township_label_points.csv");
    private static final Path COUNTY = DIR.resolve("datav_330225_xiangshan_county.geojson");

    private List<GeoJsonFeature> townships;
    private Map<String, Geometry> byName;
    private PolygonLocator<String> locator;

    @BeforeAll
    void readTownships() throws IOException {
        if (!Files.exists(TOWNSHIPS)) {
            return;
        }
        try (InputStream in = Files.newInputStream(TOWNSHIPS)) {
            townships = GeoJsonReader.withDefaultLimits().readFeatureCollection(in);
        }
        byName = new LinkedHashMap<>();
        townships.forEach(f -> byName.put(f.name().orElseThrow(), f.geometry()));
        locator = new PolygonLocator<>(byName);
    }

    @BeforeEach
    void requireData() {
        Assumptions.assumeTrue(Files.exists(TOWNSHIPS) && Files.exists(LABEL_POINTS) && Files.exists(COUNTY),
                "../shared/data/geo/xiangshan not present: skipping real-boundary test");
    }

    @Test
    void theFileHas18ValidTownshipsOfWhich8NeededRepair() {
        assertThat(townships).hasSize(18);
        assertThat(byName).hasSize(18);
        assertThat(townships).allSatisfy(f -> assertThat(f.geometry().isValid()).as(f.name().orElse("?")).isTrue());
        assertThat(townships.stream().filter(GeoJsonFeature::repaired)).hasSize(8)
                .allSatisfy(f -> assertThat(f.geometry()).isInstanceOf(MultiPolygon.class))
                .allSatisfy(f -> assertThat(f.repairNote()).matches("Polygon with \\d+ outer rings repaired to MultiPolygon"));
    }

    @Test
    void theTownshipsAddUpToAbout1499Km2() {
        double total = townships.stream().mapToDouble(f -> Geometries.areaKm2(f.geometry())).sum();

        assertThat(total).isCloseTo(1499.1, within(1499.1 * 0.015));
    }

    @Test
    void eachLabelPointLiesInItsOwnTownshipAndNoOther() throws IOException {
        List<String> lines = Files.readAllLines(LABEL_POINTS, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("code,name,lon,lat");
        List<String[]> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(18);

        for (String[] row : rows) {
            String name = row[1];
            GeoPoint p = new GeoPoint(Double.parseDouble(row[3]), Double.parseDouble(row[2]));
            assertThat(byName).containsKey(name);
            byName.forEach((other, geometry) -> assertThat(geometry.covers(Geometries.point(p)))
                    .as("label point of %s in %s", name, other).isEqualTo(other.equals(name)));
            assertThat(locator.containing(p)).contains(name);
        }
    }

    @Test
    void pointsInTheCountySeatAreLocatedInTheRightSubdistrict() {
        assertThat(locator.containing(new GeoPoint(29.47, 121.87))).contains("丹西街道");
        assertThat(locator.containing(new GeoPoint(29.47, 121.88))).contains("丹东街道");
    }

    @Test
    void aPointAtSeaIsInNoTownshipButHasANearestOne() {
        GeoPoint atSea = new GeoPoint(29.30, 122.20);

        assertThat(locator.containing(atSea)).isEmpty();
        Nearest<String> nearest = locator.nearest(atSea);
        assertThat(nearest.inside()).isFalse();
        assertThat(nearest.distanceKm()).isPositive();
        assertThat(byName).containsKey(nearest.key());
        double bruteForce = byName.values().stream().mapToDouble(g -> Geometries.distanceKm(atSea, g)).min().orElseThrow();
        assertThat(nearest.distanceKm()).isEqualTo(bruteForce);
    }

    @Test
    void theDatavCountyOutlineIsOneMultipolygonOfAbout1505Km2() throws IOException {
        List<GeoJsonFeature> county;
        try (InputStream in = Files.newInputStream(COUNTY)) {
            county = GeoJsonReader.withDefaultLimits().readFeatureCollection(in);
        }

        assertThat(county).hasSize(1);
        assertThat(county.get(0).name()).contains("象山县");
        assertThat(county.get(0).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(county.get(0).geometry().isValid()).isTrue();
        assertThat(Geometries.areaKm2(county.get(0).geometry())).isCloseTo(1505.5, within(1505.5 * 0.015));
    }
}
