package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.anlan.typhoon.WindAreaAt;
import org.junit.jupiter.api.Test;

/** A 100-km circle moving due west along 29° N at 36 km/h, sampled every 10 minutes for 10 hours. */
class WindSweepTest {

    static final Instant T0 = Instant.parse("2030-08-01T00:00:00Z");
    static final double LAT = 29.0;
    static final double START_LON = 124.0;
    static final double KMH = 36.0;
    static final double RADIUS_KM = 100.0;

    static double kmPerDegreeLon() {
        return GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(LAT));
    }

    static WindSweep sweep() {
        List<WindAreaAt> areas = new ArrayList<>();
        for (int minutes = 0; minutes <= 600; minutes += 10) {
            double lon = START_LON - KMH * minutes / 60.0 / kmPerDegreeLon();
            areas.add(new WindAreaAt(T0.plus(Duration.ofMinutes(minutes)), CircleBuilder.circle(new GeoPoint(LAT, lon), RADIUS_KM)));
        }
        return WindSweep.of(areas);
    }

    @Test
    void aPointAheadIsReachedWhenTheEdgeGetsThereToTheSamplingStep() {
        // 200 km west of the start: the edge (100 km ahead of the centre) travels 100 km → about 2 h 47 min
        GeoPoint point = new GeoPoint(LAT, START_LON - 200 / kmPerDegreeLon());
        Instant reached = sweep().reaches(point).orElseThrow();
        assertThat(reached).isBetween(T0.plus(Duration.ofMinutes(160)), T0.plus(Duration.ofMinutes(180)));
        assertThat(sweep().reaches(new GeoPoint(LAT + 3.0, START_LON))).isEmpty();
        assertThat(sweep().reaches(new GeoPoint(LAT, START_LON))).contains(T0);
        assertThat(sweep().swept().covers(org.anlan.geo.Geometries.point(point))).isTrue();
    }

    @Test
    void aBoatSteamingTowardsTheCircleIsReachedEarlierAndOneRunningAwayEscapes() {
        GeoPoint point = new GeoPoint(LAT, START_LON - 200 / kmPerDegreeLon());
        Instant standing = sweep().reaches(point).orElseThrow();
        Instant towards = sweep().reachesOnCourse(point, T0, 10.0, 90.0).orElseThrow();
        assertThat(towards).isBefore(standing);
        // due west at 20 kn (37 km/h) outruns a circle moving west at 36 km/h
        assertThat(sweep().reachesOnCourse(point, T0, 20.0, 270.0)).isEmpty();
        // drifting boats are judged where they are
        assertThat(sweep().reachesOnCourse(point, T0, 0.2, 90.0)).isEmpty();
        assertThat(sweep().reachesOnCourse(point, T0, null, null)).isEmpty();
    }

    @Test
    void aRouteIntoTheCircleIsCaughtAndARouteAwayIsClear() {
        GeoPoint boat = new GeoPoint(LAT, START_LON - 150 / kmPerDegreeLon());
        GeoPoint shelterEast = new GeoPoint(LAT, START_LON - 60 / kmPerDegreeLon());
        GeoPoint shelterWest = new GeoPoint(LAT, START_LON - 200 / kmPerDegreeLon());
        // 90 km east at 18 km/h takes 5 h: the circle (its edge 50 km off) is met within the hour
        assertThat(sweep().catchesOnRoute(boat, shelterEast, T0, 5 * 3600)).isPresent();
        // 50 km west at 30 km/h: in by 1 h 40 min, the edge gets there after 2 h 47 min
        assertThat(sweep().catchesOnRoute(boat, shelterWest, T0, 6000)).isEmpty();
        // the same leg at 10 km/h takes 5 h: the circle catches the boat on the way
        assertThat(sweep().catchesOnRoute(boat, shelterWest, T0, 5 * 3600)).isPresent();
    }

    @Test
    void areasOutOfOrderAreRefusedAndNoCircleIsAnEmptySweep() {
        var circle = CircleBuilder.circle(new GeoPoint(LAT, START_LON), RADIUS_KM);
        assertThatThrownBy(() -> WindSweep.of(List.of(new WindAreaAt(T0, circle), new WindAreaAt(T0, circle))))
                .isInstanceOf(IllegalArgumentException.class);
        WindSweep none = WindSweep.of(List.of(new WindAreaAt(T0, org.anlan.geo.Geometries.FACTORY.createPolygon())));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.reaches(new GeoPoint(LAT, START_LON))).isEmpty();
    }
}
