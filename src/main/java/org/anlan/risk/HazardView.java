package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hidden hazard as the API and pages show it, with its deadline standing at the time of reading. */
public record HazardView(UUID id, UUID enterpriseId, String townshipCode, HazardOrigin origin, String originLabel,
                         String description, HazardState state, String stateLabel, String location, String category,
                         HazardGrade grade, String gradeLabel, String judgementItem, RectificationPlan plan,
                         List<String> planMissing, String responsibleName, Instant deadline,
                         DeadlineState deadlineState, String deadlineLabel, EscalationTier escalation,
                         String escalationLabel, boolean supervisionCandidate, Supervision supervision,
                         boolean needsWrittenExplanation, int reopenCount, UUID rectifier, BigDecimal rewardYuan,
                         HazardRecord.RewardStatus rewardStatus, List<HazardRecord.HazardPhoto> photos,
                         List<HazardStep> history, List<WrittenExplanation> explanations, boolean synthetic,
                         Instant foundAt, Instant closedAt) {

    static HazardView of(HazardRecord r, Instant now) {
        HiddenHazard h = r.hazard();
        DeadlineStatus status = HazardDeadlinePolicy.defaults().statusOf(h, now);
        EscalationTier tier = r.escalation();
        return new HazardView(h.id().value(), h.enterprise().value(), r.townshipCode(), h.origin(), h.origin().label(),
                h.description(), h.state(), h.state().label(),
                h.registration().map(Registration::location).orElse(null),
                h.registration().map(Registration::category).orElse(null), h.grade().orElse(null),
                h.grade().map(HazardGrade::label).orElse(null), h.judgementItem().orElse(null), h.plan().orElse(null),
                h.plan().map(p -> p.missingItems().stream().map(PlanItem::label).toList()).orElse(List.of()),
                r.responsibleName(), h.deadline().orElse(null), status.state(), status.state().label(), tier,
                tier == null ? null : tier.label(), status.supervisionCandidate(), h.supervision().orElse(null),
                h.needsWrittenExplanationAt(now), h.reopenCount(), h.rectifier().orElse(null), r.rewardYuan(),
                r.rewardStatus(), r.photos(), h.history(), h.explanations(), r.synthetic(), r.foundAt(), r.closedAt());
    }

    public boolean overdue() {
        return deadlineState == DeadlineState.OVERDUE;
    }
}
