package org.anlan.duty;

/** A duty log entry to append; the caller's name and phone are optional, as is the incident it concerns. */
public record NewDutyLogEntry(DutyLogKind kind, String callerName, String callerPhone, String summary,
                              String incidentId) {

    public static NewDutyLogEntry of(DutyLogKind kind, String summary) {
        return new NewDutyLogEntry(kind, null, null, summary, null);
    }
}
