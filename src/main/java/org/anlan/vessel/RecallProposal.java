package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;

/**
 * A recall a typhoon warning proposes: from the stored track covering the moment of the warning, the default wind
 * level and horizon, with how many boats it would recall then and how many of those no shelter could take in time.
 * Nothing is ordered until an authorised user approves it.
 */
public record RecallProposal(UUID id, String warningId, int warningVersion, String warningLevel, UUID trackId,
                             String trackName, int windLevel, int horizonHours, Instant proposedAt, int vessels,
                             int unplaced, Status status, Instant decidedAt, String decidedBy, UUID recallId) {

    public enum Status { PENDING, APPROVED, DISMISSED }
}
