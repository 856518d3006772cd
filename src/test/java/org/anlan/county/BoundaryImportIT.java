package org.anlan.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anlan.cli.OperatorCommand;
import org.anlan.geo.GeoPoint;
import org.anlan.support.ApiClient;
import org.anlan.support.TestClockConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Boundary imports change the county's geometry, so they run against a database of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anlan.db.data-dir=temp", "anlan.mode=demo", "anlan.test.context=boundaries"})
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoundaryImportIT {

    static final Path REAL_TOWNSHIPS = Path.of("../shared/data/geo/xiangshan/xiangshan_townships_18.geojson");

    @LocalServerPort
    int port;
    @Autowired
    CountyGeography geography;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OperatorCommand> commands;

    static String square(String name, double lon, double lat, double half) {
        return """
                {"type":"Feature","properties":{"name":"%s"},"geometry":{"type":"Polygon","coordinates":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}"""
                .formatted(name, lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half,
                        lat + half, lon - half, lat - half);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    @Order(1)
    void malformedOrForeignFilesAreRejectedNamingTheFeatureAndWriteNothing() {
        long version = version();
        String bad = collection(square("石浦镇", 121.944, 29.237, 0.05), square("宁海县", 121.4, 29.3, 0.05));
        assertThatThrownBy(() -> geography.importBoundaries(stream(bad), "bad.geojson"))
                .isInstanceOf(BoundaryImportException.class)
                .hasMessageContaining("Feature #1").hasMessageContaining("宁海县")
                .extracting(e -> ((BoundaryImportException) e).code()).isEqualTo("BOUNDARY_UNKNOWN_TOWNSHIP");
        assertThatThrownBy(() -> geography.importBoundaries(stream("{\"type\":\"FeatureCollection\",\"features\":[{"), "x"))
                .isInstanceOf(BoundaryImportException.class);
        String unclosed = collection("""
                {"type":"Feature","properties":{"name":"石浦镇"},"geometry":{"type":"Polygon","coordinates":[[[121.9,29.2],[122.0,29.2],[122.0,29.3],[121.9,29.3]]]}}""");
        assertThatThrownBy(() -> geography.importBoundaries(stream(unclosed), "unclosed.geojson"))
                .isInstanceOf(BoundaryImportException.class).hasMessageContaining("石浦镇");
        String twice = collection(square("石浦镇", 121.944, 29.237, 0.05), square("石浦镇", 121.944, 29.237, 0.04));
        assertThatThrownBy(() -> geography.importBoundaries(stream(twice), "twice.geojson"))
                .extracting(e -> ((BoundaryImportException) e).code()).isEqualTo("BOUNDARY_DUPLICATE_TOWNSHIP");

        assertThat(version()).isEqualTo(version);
        assertThat(jdbc.sql("SELECT count(*) FROM township WHERE boundary_wkt IS NOT NULL").query(Long.class).single()).isZero();
    }

    @Test
    @Order(2)
    void aPartialImportRepairsMultiRingPolygonsButKeepsTheApproximateMapUntilEveryTownshipHasABoundary() {
        String islands = """
                {"type":"Feature","properties":{"name":"鹤浦镇"},"geometry":{"type":"Polygon","coordinates":[
                  [[121.90,29.10],[121.90,29.15],[121.95,29.15],[121.95,29.10],[121.90,29.10]],
                  [[121.96,29.10],[121.96,29.12],[121.98,29.12],[121.98,29.10],[121.96,29.10]]]}}""";
        BoundaryImportReport report = geography.importBoundaries(stream(collection(islands,
                square("石浦镇", 121.944, 29.237, 0.05))), "partial.geojson");
        assertThat(report.updatedTownships()).containsExactly("330225103", "330225101");
        assertThat(report.repairs()).singleElement().asString().contains("鹤浦镇");
        assertThat(geography.boundariesApproximate()).isTrue();
        assertThat(geography.locate(new GeoPoint(29.47, 121.87)).approximate()).isTrue();
    }

    @Test
    @Order(3)
    void theRealTownshipFileImportsByCommandAndTheLookupUsesItsBoundaries() throws Exception {
        Assumptions.assumeTrue(Files.exists(REAL_TOWNSHIPS),
                "../shared/data/geo/xiangshan/xiangshan_townships_18.geojson not present: skipping the real-boundary import");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = commands.stream().filter(c -> c.spec().name().equals("GEO_IMPORT")).findFirst().orElseThrow()
                .run(List.of(REAL_TOWNSHIPS.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Imported boundaries of 18 township(s)");
        assertThat(printed.lines().filter(line -> line.contains("repaired:")).count()).isEqualTo(8);
        assertThat(geography.boundariesApproximate()).isFalse();

        var api = new ApiClient(port);
        var danxi = api.get("/api/geo/locate?lat=29.47&lon=121.87", null).json();
        assertThat(danxi.path("name").asString()).isEqualTo("丹西街道");
        assertThat(danxi.path("inside").asBoolean()).isTrue();
        assertThat(danxi.path("approximate").asBoolean()).isFalse();
        var dandong = api.get("/api/geo/locate?lat=29.47&lon=121.88", null).json();
        assertThat(dandong.path("name").asString()).isEqualTo("丹东街道");
        var atSea = api.get("/api/geo/locate?lat=29.30&lon=122.30", null).json();
        assertThat(atSea.path("inside").asBoolean()).isFalse();
        assertThat(atSea.path("distanceKm").asDouble()).isGreaterThan(1.0);
        var boundaries = api.get("/api/geo/boundaries", null).json();
        assertThat(boundaries.path("features")).hasSize(18);
        boundaries.path("features").forEach(f -> assertThat(f.path("properties").path("approximate").asBoolean()).isFalse());
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'BOUNDARY_IMPORT' AND actor LIKE 'cli:%'")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    private long version() {
        return jdbc.sql("SELECT version FROM boundary_version").query(Long.class).single();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
