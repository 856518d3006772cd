package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;

/** Whatever the recent incidents, suggestions respect category, window and radius, and come best first. */
class MergeCandidatesPropertiesTest {

    private static final Instant NOON = Instant.parse("2025-08-01T04:00:00Z");
    private final MergeCandidates merges = MergeCandidates.defaults();

    @Property
    void suggestionsAreSameCategoryNearbyRecentAndBestFirst(
            @ForAll("snapshots") IncidentSnapshot incoming,
            @ForAll @Size(max = 20) List<@From("snapshots") IncidentSnapshot> recent) {
        Map<UUID, IncidentSnapshot> byId = recent.stream()
                .collect(Collectors.toMap(IncidentSnapshot::id, Function.identity()));

        List<MergeCandidate> found = merges.find(incoming, recent);

        assertThat(found).allSatisfy(candidate -> {
            IncidentSnapshot other = byId.get(candidate.id());
            assertThat(other.category()).isEqualTo(incoming.category());
            assertThat(candidate.distanceKm()).isEqualTo(GreatCircle.distanceKm(incoming.location(), other.location()))
                    .isLessThanOrEqualTo(2.0);
            assertThat(candidate.timeApart()).isLessThanOrEqualTo(Duration.ofHours(2));
            assertThat(candidate.sameType()).isEqualTo(other.typeCode().equals(incoming.typeCode()));
            assertThat(candidate.score()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        });
        assertThat(found).extracting(MergeCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        long expected = recent.stream()
                .filter(o -> o.category() == incoming.category())
                .filter(o -> GreatCircle.distanceKm(incoming.location(), o.location()) <= 2.0)
                .filter(o -> Duration.between(incoming.occurredAt(), o.occurredAt()).abs().compareTo(Duration.ofHours(2)) <= 0)
                .count();
        assertThat(found).hasSize((int) expected);
    }

    @Provide
    Arbitrary<IncidentSnapshot> snapshots() {
        Arbitrary<IncidentType> types = Arbitraries.of(IncidentTypes.all());
        Arbitrary<GeoPoint> points = Combinators.combine(
                        Arbitraries.doubles().between(29.46, 29.50), Arbitraries.doubles().between(121.85, 121.89))
                .as(GeoPoint::new);
        Arbitrary<Instant> times = Arbitraries.longs().between(-4 * 3600, 4 * 3600).map(NOON::plusSeconds);
        return Combinators.combine(types, points, times)
                .as((type, point, time) -> new IncidentSnapshot(UUID.randomUUID(), type.code(), type.category(), point, time));
    }
}
