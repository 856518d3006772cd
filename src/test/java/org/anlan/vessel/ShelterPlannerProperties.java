package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The shelter assignment against brute force on small cases: capacities are never exceeded, a boat goes only
 * where it arrives in time, as many boats are placed as any assignment could place, and the total travel time
 * is the least among those.
 */
class ShelterPlannerProperties {

    record Case(List<ShelterPlanner.Boat> boats, int[] room) {
        @Override
        public String toString() {
            var text = new StringBuilder("room=").append(java.util.Arrays.toString(room));
            boats.forEach(b -> text.append(" boat=").append(java.util.Arrays.toString(b.secondsTo())));
            return text.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 7))
                .flatAs((shelters, boats) -> Combinators.combine(
                        Arbitraries.integers().between(0, 3).array(int[].class).ofSize(shelters),
                        Arbitraries.longs().between(-1, 50).array(long[].class).ofSize(shelters).list().ofSize(boats))
                        .as((room, times) -> new Case(times.stream().map(t -> {
                            long[] seconds = t.clone();
                            for (int i = 0; i < seconds.length; i++) {
                                seconds[i] = seconds[i] < 0 ? ShelterPlanner.UNREACHABLE : seconds[i];
                            }
                            return new ShelterPlanner.Boat(seconds);
                        }).toList(), room)));
    }

    @Property(tries = 500)
    void placesAsManyBoatsAsPossibleAtTheLeastTotalTimeWithinCapacity(@ForAll("cases") Case c) {
        int[] assigned = ShelterPlanner.assign(c.boats(), c.room());

        int[] used = new int[c.room().length];
        long total = 0;
        int placed = 0;
        for (int b = 0; b < assigned.length; b++) {
            if (assigned[b] != ShelterPlanner.UNPLACED) {
                long seconds = c.boats().get(b).secondsTo()[assigned[b]];
                assertThat(seconds).as("boat %d reaches its shelter in time", b).isNotEqualTo(ShelterPlanner.UNREACHABLE);
                used[assigned[b]]++;
                total += seconds;
                placed++;
            }
        }
        for (int s = 0; s < used.length; s++) {
            assertThat(used[s]).as("shelter %d within capacity", s).isLessThanOrEqualTo(c.room()[s]);
        }
        long[] best = bruteForce(c.boats(), c.room(), 0, new int[c.room().length]);
        assertThat(placed).isEqualTo((int) best[0]);
        assertThat(total).isEqualTo(best[1]);
    }

    /** {most placed, least total time among those} over every assignment. */
    private static long[] bruteForce(List<ShelterPlanner.Boat> boats, int[] room, int b, int[] used) {
        if (b == boats.size()) {
            return new long[] {0, 0};
        }
        long[] best = bruteForce(boats, room, b + 1, used);
        long[] times = boats.get(b).secondsTo();
        for (int s = 0; s < room.length; s++) {
            if (times[s] != ShelterPlanner.UNREACHABLE && used[s] < room[s]) {
                used[s]++;
                long[] rest = bruteForce(boats, room, b + 1, used);
                used[s]--;
                long placed = rest[0] + 1;
                long total = rest[1] + times[s];
                if (placed > best[0] || (placed == best[0] && total < best[1])) {
                    best = new long[] {placed, total};
                }
            }
        }
        return best;
    }

    @Test
    void aBoatGivesWayToOneThatHasNoOtherShelter() {
        // boat 0 is nearer A but also reaches B; boat 1 reaches only A, which has room for one
        var boats = List.of(new ShelterPlanner.Boat(new long[] {10, 20}),
                new ShelterPlanner.Boat(new long[] {15, ShelterPlanner.UNREACHABLE}));

        int[] assigned = ShelterPlanner.assign(boats, new int[] {1, 1});

        assertThat(assigned).containsExactly(1, 0);
    }

    @Test
    void aFleetOfThousandsIsPlannedWithinCapacity() {
        var random = new java.util.Random(7);
        List<ShelterPlanner.Boat> boats = new ArrayList<>();
        for (int b = 0; b < 3000; b++) {
            long[] seconds = new long[11];
            for (int s = 0; s < 11; s++) {
                seconds[s] = random.nextInt(10) == 0 ? ShelterPlanner.UNREACHABLE : 600 + random.nextInt(30_000);
            }
            boats.add(new ShelterPlanner.Boat(seconds));
        }
        int[] room = {400, 300, 250, 200, 300, 250, 200, 150, 300, 200, 150};

        int[] assigned = ShelterPlanner.assign(boats, room);

        int[] used = new int[room.length];
        for (int s : assigned) {
            if (s >= 0) {
                used[s]++;
            }
        }
        assertThat(java.util.Arrays.stream(used).sum()).isEqualTo(java.util.Arrays.stream(room).sum());
        for (int s = 0; s < room.length; s++) {
            assertThat(used[s]).isEqualTo(room[s]);
        }
    }
}
