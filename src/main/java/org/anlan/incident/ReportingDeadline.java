package org.anlan.incident;

import java.time.Duration;
import java.util.Objects;

/**
 * A report of this kind and channel is due {@code within} this time of a starting point:
 * <ul>
 *   <li>INITIAL: from when the county learned of the incident;</li>
 *   <li>FOLLOW_UP: the first follow-up, from when the INITIAL WRITTEN report was due (from learning of the
 *       incident if the level has no written initial report); later follow-ups every
 *       {@link ReportingDeadlinePolicy}'s follow-up interval after that, while the incident is open;</li>
 *   <li>FINAL: from when the incident was closed.</li>
 * </ul>
 */
public record ReportingDeadline(ReportKind kind, ReportChannel channel, Duration within) {

    public ReportingDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(within, "within");
        if (within.isNegative()) {
            throw new IllegalArgumentException("within must not be negative, got " + within);
        }
    }
}
