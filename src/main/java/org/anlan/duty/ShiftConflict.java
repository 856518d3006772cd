package org.anlan.duty;

/** A person who would be on two overlapping shifts: the planned one and {@code other}. */
public record ShiftConflict(String person, DutyShift other) {
}
