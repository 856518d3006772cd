package org.anlan.incident;

/** DUE: not yet filed and not yet late; MET: filed (possibly late, see metAt); OVERDUE: not filed and late. */
public enum ObligationState {
    DUE,
    MET,
    OVERDUE
}
