package org.anlan.duty;

/** What a duty log entry records: an incoming or outgoing call, an action taken, a handover, or a note. */
public enum DutyLogKind {
    CALL_IN, CALL_OUT, ACTION, HANDOVER, NOTE
}
