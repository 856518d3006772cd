package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anlan.geo.GeoPoint;

/**
 * The incremental windows agree with re-summing a list, reading by reading, for any order, duplicates of a minute,
 * gaps longer than a day and late readings: same sums, same levels, same crossings.
 */
class RollingWindowProperties {

    static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
    static final List<Station> STATIONS = List.of(
            new Station("R", "rain", StationKind.RAIN_GAUGE, new GeoPoint(29.2, 121.9), "330225101"),
            new Station("L", "slope", StationKind.LANDSLIDE, new GeoPoint(29.2, 121.9), "330225203"),
            new Station("W", "wind", StationKind.WIND, new GeoPoint(29.2, 121.9), "330225101"));

    @Property(tries = 300)
    void incrementalWindowsEqualResummingForAnySequence(@ForAll("sequences") List<Reading> readings) {
        RuleSet rules = new RuleSet(1, RuleSet.defaults(), null, T0, "test");
        var engine = new ObservationEngine(STATIONS, rules);
        var baseline = new ResummingBaseline(STATIONS, rules);
        List<String> fast = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (Reading r : readings) {
            engine.apply(r, c -> fast.add(c.station().id() + c.rule().id() + c.centi() + c.observedAt()));
            baseline.apply(r, c -> slow.add(c.station().id() + c.rule().id() + c.centi() + c.observedAt()));
            for (Station s : STATIONS) {
                assertThat(engine.sums(s.id())).as("sums of %s after %s", s.id(), r).containsExactly(baseline.sums(s.id()));
                for (Hazard h : Hazard.values()) {
                    assertThat(engine.level(s.id(), h)).isEqualTo(baseline.level(s.id(), h));
                }
            }
        }
        assertThat(fast).isEqualTo(slow);
    }

    @Provide
    Arbitrary<List<Reading>> sequences() {
        Arbitrary<String> station = Arbitraries.of("R", "L", "W");
        // mostly forward in time with jitter back (late readings), sometimes a jump of more than a day
        Arbitrary<Integer> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(-400, 0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1300, 3000)));
        Arbitrary<Long> amount = Arbitraries.longs().between(0, 3000);
        return Combinators.combine(station, step, amount).as((s, d, a) -> new long[] {s.charAt(0), d, a})
                .list().ofMaxSize(250).map(steps -> {
                    List<Reading> out = new ArrayList<>();
                    long minute = 0;
                    int i = 0;
                    for (long[] st : steps) {
                        minute += st[1];
                        out.add(new Reading(String.valueOf((char) st[0]), T0.plusSeconds(minute * 60 + (i++ % 60)), st[2]));
                    }
                    return out;
                });
    }
}
