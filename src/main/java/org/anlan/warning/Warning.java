package org.anlan.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A warning (预警) as it stands now. {@code version} counts issued versions (0 while a draft); {@code identifier}
 * is the CAP identifier of the current version. {@code decisionSupport} marks levels computed by Anlan's rules
 * (研判/辅助决策, MW-01); {@code official} marks signals imported from the issuing authority.
 */
public record Warning(UUID id, WarningStatus status, int version, WarningContent content, boolean decisionSupport,
                      boolean official, String origin, String sender, String identifier, String previousIdentifier,
                      Instant previousSent, Instant firstIssuedAt, Instant lastIssuedAt, Instant observedOnsetAt,
                      String draftedBy, String submittedBy, String approvedBy, Instant createdAt, Instant changedAt) {

    /** Lead time: from the first issue to the observed onset of the hazard; null until both are known. */
    public Duration leadTime() {
        if (firstIssuedAt == null || observedOnsetAt == null) {
            return null;
        }
        return Duration.between(firstIssuedAt, observedOnsetAt);
    }

    public Long leadTimeMinutes() {
        Duration lead = leadTime();
        return lead == null ? null : lead.toMinutes();
    }

    public Hazard hazard() {
        return content.hazard();
    }

    public WarningLevel level() {
        return content.level();
    }
}
