package org.anlan.typhoon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Typhoon best tracks, their wind circles and their impact on the townships. Everyone signed in reads. */
@RestController
@RequestMapping("/api/typhoons")
@Tag(name = "typhoons", description = "台风路径与影响 Typhoon tracks, wind circles and township impact")
class TyphoonApiController {

    static final String IMPORTERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER')";

    private final TyphoonTracks typhoons;
    private final TyphoonViews views;

    TyphoonApiController(TyphoonTracks typhoons, TyphoonViews views) {
        this.typhoons = typhoons;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Stored tracks, newest storm first")
    List<TrackSummary> tracks() {
        return typhoons.tracks();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One track with its fixes (agency grade, GB/T 19201 grade, wind level, JMA radii)")
    TyphoonViews.TrackJson track(@PathVariable UUID id) {
        return views.track(id);
    }

    @GetMapping("/{id}/impact")
    @Operation(summary = "Per township: closest approach, entry and exit of the 6/8/10/12-level circles, signals over time")
    Map<String, Object> impact(@PathVariable UUID id,
                               @Parameter(description = "interpolation step in minutes, 1–360") @RequestParam(defaultValue = "10") int stepMinutes,
                               @Parameter(description = "include each township's distance series") @RequestParam(defaultValue = "false") boolean series) {
        return views.impact(id, stepMinutes, series);
    }

    @GetMapping(value = "/{id}/wind-areas", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The 6/8/10/12-level wind areas and the centre at a time, as GeoJSON")
    String windAreas(@PathVariable UUID id, @Parameter(description = "ISO-8601 instant, e.g. 2019-08-10T00:00:00Z") @RequestParam String at) {
        return views.windAreas(id, at);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(IMPORTERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a CMA (CSV or 66666 text) or JMA bst best-track file; all tracks or none")
    List<TrackSummary> importFile(@RequestPart("file") MultipartFile file,
                                  @Parameter(description = "cma-csv, cma or jma; recognised from the content when absent")
                                  @RequestParam(required = false) String format) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return typhoons.importFile(in, file.getOriginalFilename(), format(format));
        }
    }

    static Optional<TrackFormat> format(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(TrackFormat.parse(text).orElseThrow(
                () -> ApiException.badRequest("TRACK_FORMAT_UNKNOWN", "error.typhoon.format", text)));
    }
}
