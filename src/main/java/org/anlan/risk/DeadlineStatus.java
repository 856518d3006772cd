package org.anlan.risk;

import java.util.Optional;

/**
 * A hazard's deadline standing: the state, the tier to notify when overdue, and whether it is a candidate
 * for 挂牌督办 (overdue 重大 not yet listed, HZ-WF-03).
 */
public record DeadlineStatus(DeadlineState state, Optional<EscalationTier> escalation, boolean supervisionCandidate) {
}
