package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Acceptance on the real Lekima (利奇马, 2019) best tracks of CMA and JMA. */
class LekimaImpactTest {

    private static final CountySeats XIANGSHAN = CountySeats.fromSeedFile();

    static Track read(java.nio.file.Path file, Optional<TrackFormat> format) throws IOException {
        try (InputStream in = Files.newInputStream(LekimaTracks.require(file))) {
            List<Track> tracks = TrackFiles.read(in, format).tracks();
            assertThat(tracks).hasSize(1);
            return tracks.get(0);
        }
    }

    @Test
    void cmaCsvHasSixtyTwoFixesAndBottomsOutAt915() throws IOException {
        Track track = read(LekimaTracks.CMA_CSV, Optional.empty());

        assertThat(track.agency()).isEqualTo("CMA");
        assertThat(track.number()).isEqualTo("1909");
        assertThat(track.name()).isEqualTo("LEKIMA");
        assertThat(track.fixes()).hasSize(62);
        assertThat(track.minPressureHpa()).hasValue(915);
        assertThat(track.start()).isEqualTo(Instant.parse("2019-08-03T18:00:00Z"));
    }

    @Test
    void closestApproachToTheCountyCentreIsAbout120KmNearOneUtcOnTheTenth() throws IOException {
        TrackImpact impact = ImpactAnalysis.analyse(read(LekimaTracks.CMA_CSV, Optional.of(TrackFormat.CMA_CSV)),
                XIANGSHAN.countyCentre(), XIANGSHAN.townships(), Duration.ofMinutes(5));

        assertThat(impact.countyCentre().closestKm()).isCloseTo(119.5, within(1.5));
        assertThat(Duration.between(Instant.parse("2019-08-10T01:00:00Z"), impact.countyCentre().closestAt()).abs())
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(impact.windModel()).isEqualTo("HOLLAND");
        assertThat(impact.townships()).hasSize(18);
    }

    @Test
    void xiangshanWasInsideTheEightLevelCircleWhileLekimaPassed() throws IOException {
        TrackImpact impact = ImpactAnalysis.analyse(read(LekimaTracks.CMA_CSV, Optional.empty()),
                XIANGSHAN.countyCentre(), XIANGSHAN.townships(), ImpactAnalysis.DEFAULT_STEP);

        for (PlaceImpact township : impact.townships()) {
            LevelWindow eight = township.levels().get(1);
            assertThat(eight.level()).isEqualTo(8);
            assertThat(eight.reached()).as(township.name()).isTrue();
            assertThat(eight.enter()).isBefore(township.closestAt());
            assertThat(eight.exit()).isAfter(township.closestAt());
            assertThat(township.highestSignal()).isNotNull();
            assertThat(township.signals().get(0).signal()).isEqualTo(TyphoonSignal.BLUE);
        }
    }

    @Test
    void jmaTrackUsesItsRadiiAndPassesAtTheSameDistance() throws IOException {
        Track track = read(LekimaTracks.JMA, Optional.empty());

        assertThat(track.agency()).isEqualTo("JMA");
        assertThat(track.fixes()).hasSize(56);
        assertThat(track.minPressureHpa()).hasValue(925);
        TrackFix landfall = track.fixes().stream().filter(f -> f.time().equals(Instant.parse("2019-08-09T18:00:00Z")))
                .findFirst().orElseThrow();
        assertThat(landfall.radii()).containsExactly(new WindRadius(50, CompassDirection.E, 100, 70),
                new WindRadius(30, CompassDirection.E, 300, 250));

        TrackImpact impact = ImpactAnalysis.analyse(track, XIANGSHAN.countyCentre(), XIANGSHAN.townships(),
                ImpactAnalysis.DEFAULT_STEP);
        assertThat(impact.windModel()).isEqualTo("MIXED");
        assertThat(impact.countyCentre().closestKm()).isBetween(110.0, 125.0);
        assertThat(impact.countyCentre().levels().get(2).reached()).as("10-level (inside the 50-kt radius of 100 nm)").isTrue();
    }
}
