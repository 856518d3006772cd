package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;

/**
 * One boat of a recall: its own deadline (the order's, or when the typhoon's wind circle reaches it), the shelter
 * it is assigned (null when none with room is reachable in time, with the reason), its progress (ordered,
 * acknowledged, returned) and how far its escalation has gone.
 */
public record RecalledVessel(UUID recallId, UUID vesselId, String townshipCode, Instant deadline, String harbourCode,
                             Unplaced unplaced, Double distanceKm, Instant eta, RecallStatus status,
                             Instant acknowledgedAt, Instant returnedAt, double startLat, double startLon,
                             int escalationLevel, Instant escalatedAt) {

    public enum RecallStatus { ORDERED, ACKNOWLEDGED, RETURNED }

    /** Why a boat has no shelter: none reachable before its deadline, or those reachable are full. */
    public enum Unplaced { TOO_LATE, NO_ROOM }

    public boolean stillAtSea() {
        return status != RecallStatus.RETURNED;
    }
}
