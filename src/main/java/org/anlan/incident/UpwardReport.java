package org.anlan.incident;

import java.time.Instant;
import java.util.UUID;

/** A filed upward report (首报/续报/终报) by phone or in writing, with what it said. */
public record UpwardReport(UUID id, UUID incidentId, ReportKind kind, ReportChannel channel, Instant filedAt,
                           String filedBy, String recipient, String content) {
}
