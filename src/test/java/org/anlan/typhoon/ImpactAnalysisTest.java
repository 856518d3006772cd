package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

    private static final Instant T0 = Instant.parse("2030-08-01T00:00:00Z");

    /** A steady storm moving due north along 122 E at 0.5° per 6 h, passing over 29.5 N at T0 + 30 h. */
    private static Track northbound(List<WindRadius> radii) {
        List<TrackFix> fixes = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            fixes.add(new TrackFix(T0.plus(Duration.ofHours(6L * i)), new GeoPoint(27.0 + 0.5 * i, 122.0), 960, 40.0, "4", radii));
        }
        return new Track("CMA", "9901", "TEST", fixes);
    }

    @Test
    void interpolationKeepsTheFixesAndFillsTheStep() {
        List<TrackFix> positions = TrackInterpolator.positions(northbound(List.of()), Duration.ofMinutes(30));

        assertThat(positions).hasSize(72 * 2 + 1);
        assertThat(positions.get(1).centre().lat()).isCloseTo(27.0 + 0.5 / 12, within(1e-9));
        assertThat(positions.get(12).centre().lat()).isCloseTo(27.5, within(1e-9));
        assertThat(TrackInterpolator.at(northbound(List.of()), T0.minusSeconds(1))).isEmpty();
        assertThat(TrackInterpolator.positions(northbound(List.of()), Duration.ofMinutes(25)).get(173).time())
                .as("the last fix closes an uneven step").isEqualTo(T0.plus(Duration.ofHours(72)));
    }

    @Test
    void aPlaceOnTheTrackIsPassedAtZeroDistanceWithSymmetricCircleWindows() {
        var seat = new TownshipSeat("X", "on the track", new GeoPoint(29.5, 122.0));
        TrackImpact impact = ImpactAnalysis.analyse(northbound(List.of()), seat, List.of(seat), Duration.ofMinutes(10));
        PlaceImpact place = impact.townships().get(0);

        assertThat(place.closestKm()).isCloseTo(0.0, within(0.01));
        assertThat(place.closestAt()).isEqualTo(T0.plus(Duration.ofHours(30)));
        HollandProfile profile = HollandProfile.forFix(northbound(List.of()).fixes().get(5)).orElseThrow();
        for (LevelWindow window : place.levels()) {
            double radius = profile.radiusKm(WindScale.lowerBoundMs(window.level()), 0);
            assertThat(window.enter()).isBefore(place.closestAt());
            assertThat(window.exit()).isAfter(place.closestAt());
            if (radius > 200) {
                continue; // the circle's size changes with latitude on the way; only near ones are checked exactly
            }
            // the circle shrinks a little as the storm moves north (Rmax and f depend on latitude): 45 min ≈ 7 km
            Duration half = Duration.ofSeconds((long) (radius / (0.5 * GreatCircle.KM_PER_DEGREE) * 6 * 3600));
            assertThat(Duration.between(window.enter(), place.closestAt()).minus(half).abs())
                    .as("level %d enters one radius ahead", window.level()).isLessThanOrEqualTo(Duration.ofMinutes(45));
            assertThat(Duration.between(place.closestAt(), window.exit()).minus(half).abs())
                    .isLessThanOrEqualTo(Duration.ofMinutes(45));
        }
        assertThat(impact.windModel()).isEqualTo("HOLLAND");
        assertThat(place.highestSignal()).isEqualTo(TyphoonSignal.RED);
    }

    @Test
    void aPlaceFarAwayIsNeverInsideAnyCircleAndWarrantsNoSignal() {
        var far = new TownshipSeat("F", "far", new GeoPoint(29.5, 112.0));
        PlaceImpact place = ImpactAnalysis.analyse(northbound(List.of()), far, List.of(far), Duration.ofMinutes(60))
                .townships().get(0);

        assertThat(place.levels()).allMatch(w -> !w.reached() && w.exit() == null);
        assertThat(place.highestSignal()).isNull();
        assertThat(place.signals()).isEmpty();
        assertThat(place.distances()).hasSize(73);
    }

    @Test
    void givenRadiiDecideTheCirclesAndTheModelIsNamed() {
        var radius = new WindRadius(30, null, 100, 100);
        var seat = new TownshipSeat("Y", "east of the track", new GeoPoint(29.5, 122.0 + 180 / (GreatCircle.KM_PER_DEGREE
                * Math.cos(Math.toRadians(29.5)))));
        TrackImpact impact = ImpactAnalysis.analyse(northbound(List.of(radius)), seat, List.of(seat), Duration.ofMinutes(10));

        assertThat(impact.windModel()).isEqualTo("RADII");
        PlaceImpact place = impact.townships().get(0);
        assertThat(place.closestKm()).isCloseTo(180.0, within(0.5));
        assertThat(place.levels().get(0).reached()).as("level 6 reaches 2.04 × 185 km").isTrue();
        assertThat(place.levels().get(1).reached()).as("level 8 reaches 185 × (15.4/17.2)^2 km").isFalse();
    }

    @Test
    void signalsLookAheadByTheirWindowsFromDomainRules() {
        List<DistanceSample> series = new ArrayList<>();
        for (int h = 0; h <= 48; h++) {
            int level = h >= 30 && h <= 33 ? 12 : h >= 26 && h <= 36 ? 8 : 0;
            series.add(new DistanceSample(T0.plus(Duration.ofHours(h)), 100, level));
        }

        List<SignalChange> changes = ImpactAnalysis.signals(series);

        assertThat(changes).containsExactly(
                new SignalChange(T0.plus(Duration.ofHours(2)), TyphoonSignal.YELLOW),
                new SignalChange(T0.plus(Duration.ofHours(18)), TyphoonSignal.ORANGE),
                new SignalChange(T0.plus(Duration.ofHours(24)), TyphoonSignal.RED),
                new SignalChange(T0.plus(Duration.ofHours(34)), TyphoonSignal.YELLOW),
                new SignalChange(T0.plus(Duration.ofHours(37)), null));
    }

    @Test
    void bearingPointsFromCentreToPlace() {
        GeoPoint centre = new GeoPoint(29.0, 122.0);
        assertThat(ImpactAnalysis.bearingDeg(centre, new GeoPoint(30.0, 122.0))).isCloseTo(0.0, within(1e-6));
        assertThat(ImpactAnalysis.bearingDeg(centre, new GeoPoint(29.0, 123.0))).isCloseTo(90.0, within(0.5));
        assertThat(ImpactAnalysis.bearingDeg(centre, new GeoPoint(28.0, 122.0))).isCloseTo(180.0, within(1e-6));
    }
}
