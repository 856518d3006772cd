package org.anlan.duty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Nobody is on two shifts at once: a person may not be on two shifts whose windows overlap. */
final class ShiftConflictPolicy {

    private ShiftConflictPolicy() {
    }

    /**
     * The conflicts of a planned window and its people with existing shifts, in the order of the existing shifts
     * and then of the people. {@code replacing} is the shift being changed, which never conflicts with itself.
     */
    static List<ShiftConflict> conflicts(Instant start, Instant end, List<String> people, UUID replacing,
                                         Collection<DutyShift> existing) {
        List<ShiftConflict> conflicts = new ArrayList<>();
        for (DutyShift other : existing) {
            if (other.id().equals(replacing) || !other.overlaps(start, end)) {
                continue;
            }
            for (String person : people) {
                if (other.hasMember(person)) {
                    conflicts.add(new ShiftConflict(person, other));
                }
            }
        }
        return conflicts;
    }
}
