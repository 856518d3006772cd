package org.anlan.vessel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's authored file of Xiangshan waters ({@code seed/vessel/xiangshan-waters.json}): ports and
 * anchorages, fishing grounds and demo fences, every position approximate. Areas are circles or boxes.
 */
record WatersSeed(List<SeedHarbour> harbours, List<SeedGround> fishingGrounds, List<SeedFence> demoFences) {

    static final String LOCATION = "seed/vessel/xiangshan-waters.json";

    record SeedHarbour(String code, String name, HarbourKind kind, String township, double lat, double lon,
                       double radiusKm, int capacity) {

        Harbour toHarbour() {
            GeoPoint point = new GeoPoint(lat, lon);
            return new Harbour(code, name, kind, township, point, CircleBuilder.circle(point, radiusKm), capacity, true);
        }
    }

    record SeedGround(String code, String name, List<Double> box) {

        FishingGround toGround() {
            return new FishingGround(code, name, WatersSeed.box(box), true);
        }
    }

    record SeedFence(String name, String kind, Double lat, Double lon, Double radiusKm, List<Double> box,
                     boolean noEntry, boolean noExit, Double speedLimitKn, Integer maxDwellMinutes,
                     List<String> appliesTo) {
    }

    @JsonIgnoreProperties("_about")
    private record File(List<SeedHarbour> harbours, List<SeedGround> fishingGrounds, List<SeedFence> demoFences) {
    }

    static WatersSeed load() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            File file = json.readValue(in, File.class);
            return new WatersSeed(file.harbours(), file.fishingGrounds(), file.demoFences());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Geometry box(List<Double> box) {
        return Geometries.FACTORY.toGeometry(new Envelope(box.get(0), box.get(2), box.get(1), box.get(3)));
    }
}
