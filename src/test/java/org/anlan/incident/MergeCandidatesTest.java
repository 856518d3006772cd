package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.junit.jupiter.api.Test;

/** Merge suggestions around a fire reported in 丹东街道 at 14:00. */
class MergeCandidatesTest {

    private static final GeoPoint DANDONG = new GeoPoint(29.4770, 121.8690);
    private static final Instant AT_14 = Instant.parse("2025-08-01T06:00:00Z");
    private static final String BUILDING_FIRE = "12B01";
    private static final String GAS_ACCIDENT = "12D01";

    private final MergeCandidates merges = MergeCandidates.defaults();
    private final IncidentSnapshot incoming = snapshot(BUILDING_FIRE, DANDONG, AT_14);

    private static IncidentSnapshot snapshot(String typeCode, GeoPoint at, Instant when) {
        IncidentType type = IncidentFixtures.type(typeCode);
        return new IncidentSnapshot(UUID.randomUUID(), type.code(), type.category(), at, when);
    }

    /** A point exactly this many kilometres north of 丹东街道. */
    private static GeoPoint kmNorth(double km) {
        return new GeoPoint(DANDONG.lat() + km / GreatCircle.KM_PER_DEGREE, DANDONG.lon());
    }

    private static Instant minutesLater(long minutes) {
        return AT_14.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theSameTypeAtTheSamePlaceAndTimeScoresOne() {
        IncidentSnapshot duplicate = snapshot(BUILDING_FIRE, DANDONG, AT_14);

        List<MergeCandidate> found = merges.find(incoming, List.of(duplicate));

        assertThat(found).containsExactly(new MergeCandidate(duplicate.id(), 0.0, Duration.ZERO, true, 1.0));
    }

    @Test
    void anIncidentIsNotItsOwnCandidate() {
        assertThat(merges.find(incoming, List.of(incoming))).isEmpty();
    }

    @Test
    void onlyIncidentsOfTheSameCategoryAreCandidates() {
        IncidentSnapshot typhoon = snapshot("11B01", DANDONG, AT_14);
        IncidentSnapshot gas = snapshot(GAS_ACCIDENT, DANDONG, AT_14);

        assertThat(merges.find(incoming, List.of(typhoon, gas))).extracting(MergeCandidate::id).containsExactly(gas.id());
    }

    @Test
    void theWindowReachesTwoHoursEitherSideAndNoFurther() {
        IncidentSnapshot twoHoursLater = snapshot(BUILDING_FIRE, DANDONG, minutesLater(120));
        IncidentSnapshot twoHoursEarlier = snapshot(BUILDING_FIRE, DANDONG, minutesLater(-120));
        IncidentSnapshot tooLate = snapshot(BUILDING_FIRE, DANDONG, minutesLater(120).plusSeconds(1));
        IncidentSnapshot tooEarly = snapshot(BUILDING_FIRE, DANDONG, minutesLater(-120).minusSeconds(1));

        assertThat(merges.find(incoming, List.of(twoHoursLater, twoHoursEarlier, tooLate, tooEarly)))
                .extracting(MergeCandidate::id).containsExactlyInAnyOrder(twoHoursLater.id(), twoHoursEarlier.id());
    }

    @Test
    void theRadiusReachesTwoKilometresAndNoFurther() {
        IncidentSnapshot inside = snapshot(BUILDING_FIRE, kmNorth(1.999), AT_14);
        IncidentSnapshot outside = snapshot(BUILDING_FIRE, kmNorth(2.001), AT_14);

        List<MergeCandidate> found = merges.find(incoming, List.of(inside, outside));

        assertThat(found).extracting(MergeCandidate::id).containsExactly(inside.id());
        assertThat(found.get(0).distanceKm()).isCloseTo(1.999, within(1e-6));
    }

    @Test
    void aCandidateAtTheEdgeOfWindowAndRadiusOfAnotherTypeStillScoresAboveZero() {
        IncidentSnapshot edge = snapshot(GAS_ACCIDENT, kmNorth(1.999_999), minutesLater(120));

        MergeCandidate candidate = merges.find(incoming, List.of(edge)).get(0);

        assertThat(candidate.sameType()).isFalse();
        assertThat(candidate.timeApart()).isEqualTo(Duration.ofHours(2));
        assertThat(candidate.score()).isCloseTo(0.25, within(1e-6)).isPositive();
    }

    @Test
    void closerInSpaceOrTimeAndTheSameTypeRankFirst() {
        IncidentSnapshot near = snapshot(BUILDING_FIRE, kmNorth(0.2), minutesLater(10));
        IncidentSnapshot far = snapshot(BUILDING_FIRE, kmNorth(1.5), minutesLater(10));
        IncidentSnapshot later = snapshot(BUILDING_FIRE, kmNorth(0.2), minutesLater(90));
        IncidentSnapshot nearButGas = snapshot(GAS_ACCIDENT, kmNorth(0.2), minutesLater(10));

        List<MergeCandidate> found = merges.find(incoming, List.of(nearButGas, later, far, near));

        assertThat(found).extracting(MergeCandidate::id)
                .containsExactly(near.id(), far.id(), later.id(), nearButGas.id());
        assertThat(found).extracting(MergeCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void equalScoresAreOrderedByDistanceThenTime() {
        // 0.5 km nearer but 15 min (of 120) further apart: the same score, so the nearer one comes first
        IncidentSnapshot nearer = snapshot(BUILDING_FIRE, kmNorth(0.5), minutesLater(30));
        IncidentSnapshot sooner = snapshot(BUILDING_FIRE, kmNorth(1.0), minutesLater(0));

        List<MergeCandidate> found = merges.find(incoming, List.of(sooner, nearer));

        assertThat(found.get(0).score()).isCloseTo(found.get(1).score(), within(1e-9));
        assertThat(found).extracting(MergeCandidate::id).containsExactly(nearer.id(), sooner.id());
    }

    @Test
    void windowAndRadiusAreConfigurable() {
        MergeCandidates wide = new MergeCandidates(Duration.ofHours(6), 10.0);
        IncidentSnapshot fiveKmFiveHours = snapshot(BUILDING_FIRE, kmNorth(5), minutesLater(300));

        assertThat(merges.find(incoming, List.of(fiveKmFiveHours))).isEmpty();
        assertThat(wide.find(incoming, List.of(fiveKmFiveHours))).hasSize(1);
    }

    @Test
    void windowAndRadiusMustBePositive() {
        assertThatThrownBy(() -> new MergeCandidates(Duration.ZERO, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MergeCandidates(Duration.ofHours(-1), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MergeCandidates(Duration.ofHours(2), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MergeCandidates(Duration.ofHours(2), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void incidentsCenturiesApartAreSimplyNotCandidates() {
        IncidentSnapshot ancient = snapshot(BUILDING_FIRE, DANDONG, Instant.MIN);

        assertThat(merges.find(snapshot(BUILDING_FIRE, DANDONG, Instant.MAX), List.of(ancient))).isEmpty();
    }
}
