package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class WindFieldTest {

    private static TrackFix fix(Integer pressure, Double wind, List<WindRadius> radii) {
        return new TrackFix(Instant.parse("2019-08-10T00:00:00Z"), new GeoPoint(28.9, 120.8), pressure, wind, "4", radii);
    }

    @Test
    void hollandProfileIsCalibratedToTheMaximumWindAndFallsOffOutsideIt() {
        HollandProfile profile = HollandProfile.forFix(fix(950, 45.0, List.of())).orElseThrow();

        double peak = profile.peakRadiusKm();
        assertThat(profile.speedMs(peak)).isCloseTo(45.0, within(2.5));
        assertThat(peak).isCloseTo(profile.rmaxKm(), within(profile.rmaxKm() * 0.1));
        double previous = profile.speedMs(peak);
        for (double r = peak + 10; r < 1_500; r += 10) {
            double speed = profile.speedMs(r);
            assertThat(speed).as("V(%s km)", r).isLessThan(previous);
            previous = speed;
        }
    }

    @Test
    void hollandRadiusOfALevelIsWhereTheProfileReachesItsLowerBound() {
        HollandProfile profile = HollandProfile.forFix(fix(950, 45.0, List.of())).orElseThrow();

        for (int level : ImpactAnalysis.LEVELS) {
            double threshold = WindScale.lowerBoundMs(level);
            double radius = profile.radiusKm(threshold, 0);
            assertThat(profile.speedMs(radius)).as("level %d", level).isCloseTo(threshold, within(0.05));
        }
        assertThat(profile.radiusKm(6, 0)).isGreaterThan(profile.radiusKm(8, 0));
        assertThat(profile.radiusKm(60.0, 0)).as("stronger than the storm").isZero();
    }

    @Test
    void hollandNeedsAPressureBelowTheAmbient() {
        assertThat(HollandProfile.forFix(fix(null, 20.0, List.of()))).isEmpty();
        assertThat(HollandProfile.forFix(fix(1010, 20.0, List.of()))).isEmpty();
        assertThat(WindField.of(fix(1012, null, List.of())).radiusKm(10.8, 0)).isZero();
        assertThat(HollandProfile.forFix(fix(980, null, List.of())).orElseThrow().b())
                .as("Vickery & Wadhera B without a maximum wind").isBetween(HollandProfile.MIN_B, HollandProfile.MAX_B);
    }

    @Test
    void givenRadiiAreReproducedExactlyInTheirDirections() {
        var r50 = new WindRadius(50, CompassDirection.E, 100, 70);
        var r30 = new WindRadius(30, CompassDirection.E, 300, 250);
        WindField field = WindField.of(fix(950, 85 * WindRadius.MS_PER_KNOT, List.of(r50, r30)));

        assertThat(field.radiusKm(r30.thresholdMs(), 90)).isCloseTo(300 * 1.852, within(1e-6));
        assertThat(field.radiusKm(r30.thresholdMs(), 270)).isCloseTo(250 * 1.852, within(1e-6));
        assertThat(field.radiusKm(r50.thresholdMs(), 90)).isCloseTo(100 * 1.852, within(1e-6));
        assertThat(field.radiusKm(r50.thresholdMs(), 270)).isCloseTo(70 * 1.852, within(1e-6));
        assertThat(field.radiusKm(r30.thresholdMs(), 0)).as("cosine blend across").isCloseTo(275 * 1.852, within(1e-6));
        double level10 = field.radiusKm(WindScale.lowerBoundMs(10), 90);
        assertThat(level10).isBetween(100 * 1.852, 300 * 1.852);
        assertThat(field.radiusKm(WindScale.lowerBoundMs(6), 90)).isGreaterThan(300 * 1.852);
        assertThat(field.radiusKm(50.0, 90)).as("above the maximum wind").isZero();
    }

    @Test
    void aZeroFiftyKnotRadiusMeansNoTenLevelWinds() {
        WindField field = WindField.of(fix(990, 45 * WindRadius.MS_PER_KNOT, List.of(
                new WindRadius(50, null, 0, 0), new WindRadius(30, CompassDirection.S, 350, 180))));

        assertThat(field.radiusKm(WindScale.lowerBoundMs(8), 180)).isGreaterThan(0).isLessThan(350 * 1.852);
        assertThat(field.radiusKm(26.0, 180)).isZero();
    }

    @Test
    void windAreaPolygonHoldsThePointsInsideTheRadiusOnly() {
        TrackFix centre = fix(950, 45.0, List.of());
        HollandProfile profile = HollandProfile.forFix(centre).orElseThrow();
        double radius = profile.radiusKm(WindScale.lowerBoundMs(8), 0);
        var area = WindAreaBuilder.windArea(centre, 8);
        var factory = new org.locationtech.jts.geom.GeometryFactory();

        for (double bearing : new double[] {0, 45, 100, 200, 333}) {
            GeoPoint inside = WindAreaBuilder.destination(centre.centre(), bearing, radius - 3);
            GeoPoint outside = WindAreaBuilder.destination(centre.centre(), bearing, radius + 3);
            assertThat(area.contains(factory.createPoint(inside.toCoordinate()))).isTrue();
            assertThat(area.contains(factory.createPoint(outside.toCoordinate()))).isFalse();
        }
        assertThat(area.getSRID()).isEqualTo(4326);
        assertThat(WindAreaBuilder.windArea(centre, 17).isEmpty()).isTrue();
    }
}
