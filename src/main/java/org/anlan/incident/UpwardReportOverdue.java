package org.anlan.incident;

import java.time.Instant;
import java.util.UUID;

/** Published once when an upward report (首报/续报/终报) passes its deadline without being filed. */
public record UpwardReportOverdue(UUID incidentId, ReportKind kind, ReportChannel channel, Instant dueAt,
                                  Severity severity, String townshipCode) {
}
