package org.anlan.typhoon;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoJsonWriter;
import org.anlan.geo.WritableFeature;
import org.anlan.platform.error.ApiException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * The JSON a track is shown with, shared by the API (bearer tokens) and the page's own data endpoints (the signed-in
 * session): the track with its fixes, the impact, and the wind areas at a time as GeoJSON.
 */
@Component
class TyphoonViews {

    record FixJson(Instant time, double lat, double lon, Integer pressureHpa, Double maxWindMs, String grade,
                   String cycloneGrade, Integer windLevel, List<WindRadius> radii) {

        static FixJson of(TrackFix fix) {
            return new FixJson(fix.time(), fix.centre().lat(), fix.centre().lon(), fix.pressureHpa(), fix.maxWindMs(),
                    fix.grade(), fix.maxWindMs() == null ? null : CycloneGrade.of(fix.maxWindMs()).map(Enum::name).orElse(null),
                    fix.maxWindMs() == null ? null : WindScale.level(fix.maxWindMs()), fix.radii());
        }
    }

    record TrackJson(TrackSummary track, List<FixJson> fixes) {
    }

    private final TyphoonTracks typhoons;

    TyphoonViews(TyphoonTracks typhoons) {
        this.typhoons = typhoons;
    }

    TrackJson track(UUID id) {
        StoredTrack stored = typhoons.requireTrack(new TrackId(id));
        return new TrackJson(stored.summary(), stored.track().fixes().stream().map(FixJson::of).toList());
    }

    Map<String, Object> impact(UUID id, int stepMinutes, boolean series) {
        if (stepMinutes < 1 || stepMinutes > TrackInterpolator.MAX_STEP.toMinutes()) {
            throw ApiException.badRequest("TRACK_STEP_INVALID", "error.typhoon.step", stepMinutes);
        }
        return ImpactJson.of(typhoons.impact(new TrackId(id), Duration.ofMinutes(stepMinutes)), series);
    }

    String windAreas(UUID id, String at) {
        Instant time;
        try {
            time = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("TIME_INVALID", "error.typhoon.time", at);
        }
        TrackId track = new TrackId(id);
        Optional<TrackFix> position = typhoons.positionAt(track, time);
        List<WritableFeature> features = new ArrayList<>();
        for (int level : ImpactAnalysis.LEVELS) {
            Geometry area = typhoons.windArea(track, level, time);
            if (!area.isEmpty()) {
                features.add(new WritableFeature(area, Map.of("level", level)));
            }
        }
        position.ifPresent(fix -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("time", fix.time().toString());
            properties.put("pressureHpa", fix.pressureHpa());
            properties.put("maxWindMs", fix.maxWindMs());
            properties.put("model", fix.hasRadii() ? "RADII" : "HOLLAND");
            features.add(new WritableFeature(new GeometryFactory().createPoint(fix.centre().toCoordinate()), properties));
        });
        return GeoJsonWriter.featureCollection(features);
    }
}
