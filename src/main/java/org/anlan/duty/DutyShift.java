package org.anlan.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A shift of the duty desk (值班班次): a window of time, its leader (带班领导) and officers (值班员). */
public record DutyShift(UUID id, LocalDate dutyDate, ShiftKind kind, Instant startsAt, Instant endsAt, String leader,
                        List<String> officers, ShiftStatus status) {

    public DutyShift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dutyDate, "dutyDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(status, "status");
        officers = List.copyOf(officers);
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A shift must end after it starts");
        }
    }

    /** The leader first, then the officers. */
    public List<String> members() {
        List<String> members = new ArrayList<>();
        members.add(leader);
        members.addAll(officers);
        return members;
    }

    public boolean hasMember(String username) {
        return leader.equals(username) || officers.contains(username);
    }

    /** Windows are half-open, so a day shift ending at 20:00 and a night shift starting at 20:00 do not overlap. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    DutyShift withStatus(ShiftStatus newStatus) {
        return new DutyShift(id, dutyDate, kind, startsAt, endsAt, leader, officers, newStatus);
    }
}
