package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 区域风险四色图: the live map and its exports (GeoJSON, CSV). */
@RestController
@RequestMapping("/api/risk-map")
@Tag(name = "risk map", description = "区域风险四色图 Four-colour risk map per enterprise, township and county")
class RiskMapApiController {

    private final RiskMapReport report;

    RiskMapApiController(RiskMapReport report) {
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "County, township and (within the caller's scope) enterprise colours with their counts")
    RiskMapReport.View map() {
        return report.view();
    }

    @GetMapping("/export.geojson")
    @Operation(summary = "The map as GeoJSON: township areas and enterprise points with level and colour")
    ResponseEntity<byte[]> geoJson() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"risk-map.geojson\"")
                .body(report.geoJson().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The map as CSV (UTF-8 with BOM): one row per county, township and enterprise zone")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"risk-map.csv\"")
                .body(report.csv().getBytes(StandardCharsets.UTF_8));
    }
}
