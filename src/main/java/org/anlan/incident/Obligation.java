package org.anlan.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One report the county owes upward.
 *
 * @param metAt when the report that met it was filed; null unless the state is MET
 */
public record Obligation(ReportKind kind, ReportChannel channel, Instant dueAt, ObligationState state, Instant metAt) {

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        if ((state == ObligationState.MET) != (metAt != null)) {
            throw new IllegalArgumentException("metAt is set exactly when the state is MET");
        }
    }

    /** Whether it was met after it was due. */
    public boolean metLate() {
        return metAt != null && metAt.isAfter(dueAt);
    }
}
