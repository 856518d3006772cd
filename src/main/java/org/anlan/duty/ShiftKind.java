package org.anlan.duty;

/** A day shift, a night shift (both at the configured hours), or a shift with explicit start and end. */
public enum ShiftKind {
    DAY, NIGHT, CUSTOM
}
