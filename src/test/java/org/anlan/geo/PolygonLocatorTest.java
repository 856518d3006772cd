package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class PolygonLocatorTest {

    private static PolygonLocator<String> squares() {
        Map<String, Geometry> polygons = new LinkedHashMap<>();
        polygons.put("A", Geometries.fromWkt("POLYGON ((121 29, 121.1 29, 121.1 29.1, 121 29.1, 121 29))"));
        polygons.put("B", Geometries.fromWkt("POLYGON ((121.1 29, 121.2 29, 121.2 29.1, 121.1 29.1, 121.1 29))"));
        polygons.put("C", Geometries.fromWkt(
                "MULTIPOLYGON (((121.3 29, 121.4 29, 121.4 29.1, 121.3 29.1, 121.3 29)), ((121.5 29, 121.6 29, 121.6 29.1, 121.5 29.1, 121.5 29)))"));
        return new PolygonLocator<>(polygons);
    }

    @Test
    void aPointInsideASquareIsLocatedInIt() {
        PolygonLocator<String> locator = squares();

        assertThat(locator.containing(new GeoPoint(29.05, 121.05))).contains("A");
        assertThat(locator.containing(new GeoPoint(29.05, 121.15))).contains("B");
        assertThat(locator.containing(new GeoPoint(29.05, 121.55))).contains("C");
        assertThat(locator.size()).isEqualTo(3);
        assertThat(locator.keys()).containsExactly("A", "B", "C");
    }

    @Test
    void aPointOnASharedEdgeBelongsToTheFirstPolygon() {
        assertThat(squares().containing(new GeoPoint(29.05, 121.1))).contains("A");
    }

    @Test
    void aPointOutsideEveryPolygonIsLocatedNowhere() {
        assertThat(squares().containing(new GeoPoint(29.05, 121.25))).isEmpty();
        assertThat(squares().containing(new GeoPoint(30, 121.05))).isEmpty();
    }

    @Test
    void nearestOfAContainedPointIsInsideAtDistanceZero() {
        assertThat(squares().nearest(new GeoPoint(29.05, 121.35))).isEqualTo(new Nearest<>("C", 0.0, true));
    }

    @Test
    void aPointAtSeaGetsTheNearestPolygonAndItsGroundDistance() {
        // 0.02° east of C's second part (ends at lon 121.6), lat 29.05: 0.02 * 111.195 km * cos(29.05°) = 1.944 km
        Nearest<String> east = squares().nearest(new GeoPoint(29.05, 121.62));
        // 0.1° north of A's top edge: 11.119 km
        Nearest<String> north = squares().nearest(new GeoPoint(29.2, 121.05));
        // in the gap between B (ends 121.2) and C (starts 121.3), 0.04° from B: 3.888 km
        Nearest<String> gap = squares().nearest(new GeoPoint(29.05, 121.24));

        assertThat(east.key()).isEqualTo("C");
        assertThat(east.inside()).isFalse();
        assertThat(east.distanceKm()).isCloseTo(1.944, within(0.05));
        assertThat(north.key()).isEqualTo("A");
        assertThat(north.distanceKm()).isCloseTo(11.119, within(0.05));
        assertThat(gap.key()).isEqualTo("B");
        assertThat(gap.distanceKm()).isCloseTo(3.888, within(0.05));
    }

    @Test
    void aLocatorRefusesNonPolygonalGeometriesAndAnEmptyOneHasNoNearest() {
        assertThatThrownBy(() -> new PolygonLocator<>(Map.of("L", Geometries.fromWkt("LINESTRING (0 0, 1 1)"))))
                .isInstanceOf(IllegalArgumentException.class);
        PolygonLocator<String> empty = new PolygonLocator<>(Map.of());
        assertThat(empty.containing(new GeoPoint(0, 0))).isEmpty();
        assertThatThrownBy(() -> empty.nearest(new GeoPoint(0, 0))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void onTwoThousandGridCellsResultsEqualABruteForceScanFor500RandomPoints() {
        // 50 x 40 cells of 0.008° on a 0.01° pitch, so random points also fall in the gaps and beyond the grid
        Map<Integer, Geometry> cells = new LinkedHashMap<>();
        for (int row = 0; row < 40; row++) {
            for (int col = 0; col < 50; col++) {
                double x = 121.0 + col * 0.01;
                double y = 29.0 + row * 0.01;
                cells.put(row * 50 + col, Geometries.FACTORY.toGeometry(new Envelope(x, x + 0.008, y, y + 0.008)));
            }
        }
        PolygonLocator<Integer> locator = new PolygonLocator<>(cells);
        Random random = new Random(20240601);
        int inside = 0;

        for (int i = 0; i < 500; i++) {
            GeoPoint p = new GeoPoint(28.8 + random.nextDouble() * 0.8, 120.8 + random.nextDouble() * 0.9);
            Optional<Integer> expectedContaining = cells.entrySet().stream()
                    .filter(e -> e.getValue().covers(Geometries.point(p))).map(Map.Entry::getKey).findFirst();
            Integer bestKey = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Map.Entry<Integer, Geometry> e : cells.entrySet()) {
                double d = Geometries.distanceKm(p, e.getValue());
                if (d < bestDistance) {
                    bestDistance = d;
                    bestKey = e.getKey();
                }
            }

            assertThat(locator.containing(p)).as("containing %s", p).isEqualTo(expectedContaining);
            Nearest<Integer> nearest = locator.nearest(p);
            assertThat(nearest.distanceKm()).as("distance %s", p).isCloseTo(bestDistance, within(1e-9));
            assertThat(nearest.key()).as("nearest %s", p).isEqualTo(bestKey);
            assertThat(nearest.inside()).isEqualTo(expectedContaining.isPresent());
            inside += expectedContaining.isPresent() ? 1 : 0;
        }
        assertThat(inside).as("the sample should mix inside and outside points").isBetween(50, 450);
    }

    @Test
    void theSearchBoxHoldsEveryPointWithinTheDistance() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            GeoPoint p = new GeoPoint(-80 + random.nextDouble() * 160, -170 + random.nextDouble() * 340);
            double km = random.nextDouble() * 500;
            Envelope box = PolygonLocator.searchEnvelope(p, km);
            double bearing = random.nextDouble() * 2 * Math.PI;
            GeoPoint q = destination(p, km * 0.999, bearing);
            assertThat(box.contains(q.toCoordinate())).as("%s -> %s at %s km", p, q, km).isTrue();
        }
    }

    private static GeoPoint destination(GeoPoint p, double km, double bearing) {
        double d = km / GreatCircle.EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(p.lat());
        double lon1 = Math.toRadians(p.lon());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = ((lon + 540) % 360) - 180;
        return new GeoPoint(Math.toDegrees(lat2), lon);
    }
}
