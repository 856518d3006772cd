package org.anlan.county;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.geo.GeoJsonWriter;
import org.anlan.geo.WritableFeature;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public reference geography of the county (no account needed: the public reporting page uses it too). */
@RestController
@RequestMapping("/api/geo")
@Tag(name = "geo", description = "行政区划与定位 County geography and point lookup")
class GeoApiController {

    record TownshipJson(String code, String name, String kind, double lat, double lon, String kindCode, String nameEn,
                        String rescueCircle) {
    }

    record LocationJson(String code, String name, boolean inside, double distanceKm, boolean approximate) {
    }

    record CircleMembers(List<String> members) {
    }

    private final CountyGeography geography;

    GeoApiController(CountyGeography geography) {
        this.geography = geography;
    }

    @GetMapping("/townships")
    @Operation(summary = "The county's townships/streets with codes, names, kind and seat point")
    List<TownshipJson> townships() {
        Map<String, String> circleOf = circleOfTownship();
        return geography.townships().stream()
                .map(t -> new TownshipJson(t.code(), t.name(), t.kind().chinese(), t.seat().lat(), t.seat().lon(),
                        t.kind().name(), t.nameEn(), circleOf.get(t.code())))
                .toList();
    }

    @GetMapping("/locate")
    @Operation(summary = "The township containing a point, or the nearest one with its distance for a point at sea")
    LocationJson locate(@RequestParam double lat, @RequestParam double lon) {
        GeoPoint point;
        try {
            point = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
        TownshipLocation location = geography.locate(point);
        return new LocationJson(location.code(), location.name(), location.inside(), location.distanceKm(),
                location.approximate());
    }

    @GetMapping(value = "/boundaries", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Township areas as GeoJSON: imported boundaries, or approximate cells (property approximate)")
    String boundaries() {
        Map<String, String> circleOf = circleOfTownship();
        List<WritableFeature> features = new ArrayList<>();
        for (TownshipArea area : geography.areas()) {
            Township t = area.township();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", t.code());
            properties.put("name", t.name());
            properties.put("nameEn", t.nameEn());
            properties.put("kind", t.kind().chinese());
            properties.put("rescueCircle", circleOf.get(t.code()));
            properties.put("approximate", area.approximate());
            properties.put("seat", List.of(t.seat().lon(), t.seat().lat()));
            GeoPoint label = area.labelPoint();
            properties.put("labelPoint", List.of(label.lon(), label.lat()));
            features.add(new WritableFeature(area.area(), properties));
        }
        return GeoJsonWriter.featureCollection(features);
    }

    @GetMapping("/rescue-circles")
    @Operation(summary = "The five rescue circles and their member townships (editable configuration)")
    List<RescueCircle> rescueCircles() {
        return geography.rescueCircles();
    }

    @PutMapping("/rescue-circles/{code}/members")
    @PreAuthorize("hasAnyRole('ADMIN','COMMANDER')")
    @Operation(summary = "Move townships into a rescue circle")
    RescueCircle assign(@PathVariable String code, @RequestBody CircleMembers body) {
        return geography.assignToCircle(code, body.members());
    }

    @PostMapping(value = "/boundaries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import township boundaries from a GeoJSON FeatureCollection")
    BoundaryImportReport importBoundaries(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return geography.importBoundaries(in, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
        } catch (BoundaryImportException e) {
            throw ApiException.badRequest(e.code(), "error.boundary.import", e.getMessage());
        }
    }

    private Map<String, String> circleOfTownship() {
        Map<String, String> circleOf = new LinkedHashMap<>();
        geography.rescueCircles().forEach(c -> c.members().forEach(m -> circleOf.put(m, c.code())));
        return circleOf;
    }
}
