package org.anlan.risk;

import java.time.Instant;
import java.util.UUID;

/**
 * A hidden hazard passed its deadline or climbed one escalation tier (HZ-WF-03); {@code supervisionCandidate}
 * marks an overdue 重大 hazard not yet under 挂牌督办.
 */
public record HazardOverdue(UUID hazardId, UUID enterpriseId, String townshipCode, HazardGrade grade,
                            EscalationTier tier, Instant deadline, boolean supervisionCandidate) {
}
