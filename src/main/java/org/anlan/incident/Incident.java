package org.anlan.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/** An incident as the duty desk knows it: what, when, where, how bad, and where it stands. */
public record Incident(UUID id, IncidentType type, IncidentChannel channel, Instant occurredAt, Instant learnedAt,
                       GeoPoint location, String townshipCode, boolean atSea, String address, Casualties casualties,
                       long directLossYuan, Double burnedHectares, String description, Severity severity,
                       Severity computedSeverity, List<String> gradingReasons, String severityOverrideReason,
                       IncidentStatus status, UUID mergedInto, String reporterName, String reporterPhone,
                       String reportedBy, String sourceRef, Instant closedAt, Instant updatedAt) {

    public IncidentFacts facts() {
        return new IncidentFacts(type, casualties, directLossYuan, burnedHectares);
    }

    public boolean open() {
        return status != IncidentStatus.CLOSED && status != IncidentStatus.MERGED;
    }

    Incident withSeverity(Severity newSeverity, String reason, Instant at) {
        return new Incident(id, type, channel, occurredAt, learnedAt, location, townshipCode, atSea, address, casualties,
                directLossYuan, burnedHectares, description, newSeverity, computedSeverity, gradingReasons, reason, status,
                mergedInto, reporterName, reporterPhone, reportedBy, sourceRef, closedAt, at);
    }

    Incident withStatus(IncidentStatus newStatus, UUID mergedIntoId, Instant closed, Instant at) {
        return new Incident(id, type, channel, occurredAt, learnedAt, location, townshipCode, atSea, address, casualties,
                directLossYuan, burnedHectares, description, severity, computedSeverity, gradingReasons,
                severityOverrideReason, newStatus, mergedIntoId, reporterName, reporterPhone, reportedBy, sourceRef,
                closed, at);
    }
}
