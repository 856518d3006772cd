package org.anlan.incident;

import java.time.Instant;
import java.util.Objects;

/** A report that was actually sent up. */
public record FiledReport(ReportKind kind, ReportChannel channel, Instant filedAt) {

    public FiledReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(filedAt, "filedAt");
    }

    /** Whether this report fulfils a duty of that kind and channel: same kind, and written counts for phone. */
    boolean fulfils(ReportKind dutyKind, ReportChannel dutyChannel) {
        return kind == dutyKind && (channel == dutyChannel || channel == ReportChannel.WRITTEN);
    }
}
