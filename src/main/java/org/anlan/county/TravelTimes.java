package org.anlan.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Travel-time estimates without a road network: straight-line distance × detour factor at the speed of the
 * area type; island townships (鹤浦镇 on 南田岛, 高塘岛乡) are reached only over their crossing, whose minutes
 * are added; a scene at sea adds a boat leg from the nearest township seat. Crossing ends and minutes are
 * approximate configuration to be confirmed by the county.
 */
@Service
public class TravelTimes {

    private final CountyGeography county;
    private final double detourFactor;
    private final double urbanKmh;
    private final double ruralKmh;
    private final double boatKmh;
    private final List<Crossing> crossings;

    TravelTimes(CountyGeography county,
                @Value("${anlan.travel.detour-factor:1.35}") double detourFactor,
                @Value("${anlan.travel.urban-kmh:30}") double urbanKmh,
                @Value("${anlan.travel.rural-kmh:45}") double ruralKmh,
                @Value("${anlan.travel.boat-kmh:25}") double boatKmh) {
        this.county = county;
        this.detourFactor = detourFactor;
        this.urbanKmh = urbanKmh;
        this.ruralKmh = ruralKmh;
        this.boatKmh = boatKmh;
        this.crossings = List.of(
                new Crossing("330225103", "鹤浦大桥", new GeoPoint(29.186, 121.958), new GeoPoint(29.170, 121.955), 3.0),
                new Crossing("330225204", "高塘大桥", new GeoPoint(29.170, 121.868), new GeoPoint(29.150, 121.860), 3.0));
    }

    public List<Crossing> crossings() {
        return crossings;
    }

    public AreaType areaTypeOf(String townshipCode) {
        return county.township(townshipCode).map(t -> AreaType.of(t.kind())).orElse(AreaType.RURAL);
    }

    public TravelEstimate estimate(GeoPoint from, GeoPoint to) {
        TownshipLocation origin = county.locate(from);
        TownshipLocation scene = county.locate(to);
        AreaType area = areaTypeOf(scene.code());
        double speed = area == AreaType.URBAN ? urbanKmh : ruralKmh;
        List<String> used = new ArrayList<>();
        double minutes = 0;
        double roadKm = 0;
        GeoPoint roadEnd = to;
        boolean seaLeg = !scene.inside();
        if (seaLeg) {
            GeoPoint seat = county.requireTownship(scene.code()).seat();
            minutes += GreatCircle.distanceKm(seat, to) / boatKmh * 60.0;
            roadEnd = seat;
        }
        GeoPoint position = from;
        Optional<Crossing> leaving = crossingOf(origin.code());
        Optional<Crossing> entering = crossingOf(scene.code());
        boolean sameLandmass = origin.code().equals(scene.code()) || (leaving.isEmpty() && entering.isEmpty());
        if (!sameLandmass) {
            if (leaving.isPresent()) {
                roadKm += road(position, leaving.get().islandEnd());
                minutes += leaving.get().minutes();
                used.add(leaving.get().kind());
                position = leaving.get().mainlandEnd();
            }
            if (entering.isPresent()) {
                roadKm += road(position, entering.get().mainlandEnd());
                minutes += entering.get().minutes();
                used.add(entering.get().kind());
                position = entering.get().islandEnd();
            }
        }
        roadKm += road(position, roadEnd);
        minutes += roadKm / speed * 60.0;
        return new TravelEstimate(round(roadKm), round(minutes), List.copyOf(used), seaLeg, area);
    }

    private Optional<Crossing> crossingOf(String townshipCode) {
        return crossings.stream().filter(c -> c.islandTownshipCode().equals(townshipCode)).findFirst();
    }

    private double road(GeoPoint a, GeoPoint b) {
        return GreatCircle.distanceKm(a, b) * detourFactor;
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

}
