package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;

/**
 * One boat of a recall: the shelter it is assigned (null when none with room is reachable in time), its progress
 * (ordered, acknowledged, returned) and how far its escalation has gone.
 */
public record RecalledVessel(UUID recallId, UUID vesselId, String townshipCode, String harbourCode, Double distanceKm,
                             Instant eta, RecallStatus status, Instant acknowledgedAt, Instant returnedAt,
                             double startLat, double startLon, int escalationLevel, Instant escalatedAt) {

    public enum RecallStatus { ORDERED, ACKNOWLEDGED, RETURNED }

    public boolean stillAtSea() {
        return status != RecallStatus.RETURNED;
    }
}
