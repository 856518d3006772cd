package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

class ApproximateCellBuilderTest {

    private static final double RADIUS_KM = 8.0;

    private static Map<String, GeoPoint> seats() {
        Map<String, GeoPoint> seats = new LinkedHashMap<>();
        seats.put("丹东街道", new GeoPoint(29.4838, 121.8974));
        seats.put("丹西街道", new GeoPoint(29.4456, 121.8672));
        seats.put("墙头镇", new GeoPoint(29.4970, 121.7917));
        seats.put("茅洋乡", new GeoPoint(29.4061, 121.8178));
        seats.put("石浦镇", new GeoPoint(29.2373, 121.9441));
        return seats;
    }

    private final Map<String, Geometry> cells = new ApproximateCellBuilder().build(seats(), RADIUS_KM);

    @Test
    void everyCellIsAValidPolygonalGeometryContainingItsOwnSeatAndNoOther() {
        assertThat(cells.keySet()).containsExactlyElementsOf(seats().keySet());
        seats().forEach((key, seat) -> {
            Geometry cell = cells.get(key);
            assertThat(cell).isInstanceOf(Polygonal.class);
            assertThat(cell.isValid()).as("%s valid", key).isTrue();
            assertThat(cell.contains(Geometries.point(seat))).as("%s contains its seat", key).isTrue();
            seats().forEach((otherKey, other) -> {
                if (!otherKey.equals(key)) {
                    assertThat(cell.covers(Geometries.point(other))).as("%s holds seat of %s", key, otherKey).isFalse();
                }
            });
        });
    }

    @Test
    void cellsDoNotOverlap() {
        List<String> keys = List.copyOf(cells.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Geometry overlap = cells.get(keys.get(i)).intersection(cells.get(keys.get(j)));
                assertThat(Geometries.areaKm2(overlap)).as("%s/%s", keys.get(i), keys.get(j)).isLessThan(1e-6);
            }
        }
    }

    @Test
    void aPointThreeKmFromASeatAndCloserToItLiesInItsCell() {
        GeoPoint seat = seats().get("石浦镇");
        GeoPoint threeKmNorth = new GeoPoint(seat.lat() + 3.0 / GreatCircle.KM_PER_DEGREE, seat.lon());
        GeoPoint threeKmWestOfDanxi = new GeoPoint(29.4456, 121.8672 - 3.0 / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(29.4456))));

        assertThat(GreatCircle.distanceKm(seat, threeKmNorth)).isCloseTo(3.0, within(0.01));
        assertThat(nearestSeat(threeKmNorth)).isEqualTo("石浦镇");
        assertThat(cells.get("石浦镇").contains(Geometries.point(threeKmNorth))).isTrue();
        assertThat(nearestSeat(threeKmWestOfDanxi)).isEqualTo("丹西街道");
        assertThat(cells.get("丹西街道").contains(Geometries.point(threeKmWestOfDanxi))).isTrue();
    }

    @Test
    void aPointFartherThanTheRadiusFromEverySeatLiesInNoCell() {
        GeoPoint atSea = new GeoPoint(29.30, 122.20);

        assertThat(seats().values()).allSatisfy(s -> assertThat(GreatCircle.distanceKm(s, atSea)).isGreaterThan(RADIUS_KM));
        assertThat(cells.values()).noneMatch(c -> c.intersects(Geometries.point(atSea)));
    }

    @Test
    void randomPointsClearlyNearerOneSeatAndWithinReachFallInThatSeatsCell() {
        Random random = new Random(42);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            GeoPoint p = new GeoPoint(29.15 + random.nextDouble() * 0.45, 121.7 + random.nextDouble() * 0.35);
            List<Map.Entry<String, GeoPoint>> byDistance = seats().entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> GreatCircle.distanceKm(p, e.getValue()))).toList();
            double first = GreatCircle.distanceKm(p, byDistance.get(0).getValue());
            double second = GreatCircle.distanceKm(p, byDistance.get(1).getValue());
            if (first < RADIUS_KM - 0.5 && second - first > 0.3) {
                assertThat(cells.get(byDistance.get(0).getKey()).contains(Geometries.point(p))).as("%s", p).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aSingleSeatGetsItsDiscAndBadInputIsRefused() {
        Map<String, Geometry> one = new ApproximateCellBuilder().build(Map.of("only", new GeoPoint(29.4, 121.8)), 5.0);

        // a 32-gon inscribed in a 5 km circle: area 0.5 * 32 * r² * sin(2π/32)
        assertThat(Geometries.areaKm2(one.get("only"))).isCloseTo(0.5 * 32 * 25 * Math.sin(2 * Math.PI / 32),
                within(0.05));
        assertThatThrownBy(() -> new ApproximateCellBuilder().build(seats(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApproximateCellBuilder().build(
                Map.of("a", new GeoPoint(29, 121), "b", new GeoPoint(29, 121)), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String nearestSeat(GeoPoint p) {
        return seats().entrySet().stream()
                .min(Comparator.comparingDouble(e -> GreatCircle.distanceKm(p, e.getValue()))).orElseThrow().getKey();
    }
}
