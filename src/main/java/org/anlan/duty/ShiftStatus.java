package org.anlan.duty;

/** A shift is planned, then on (after taking over), then done (after handing over). */
public enum ShiftStatus {
    PLANNED, ON, DONE
}
