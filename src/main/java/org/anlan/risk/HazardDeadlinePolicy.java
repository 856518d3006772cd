package org.anlan.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * HZ-WF-03 timers, configurable: a reminder 3 days (一般) or 7 days (重大) before the deadline; once overdue
 * the enterprise's responsible people are told, and every further {@code escalateEvery} (default 7 days)
 * one administrative level higher up to 县安委办. Always evaluated against a given instant.
 */
public record HazardDeadlinePolicy(Duration generalReminder, Duration majorReminder, Duration escalateEvery) {

    public HazardDeadlinePolicy {
        if (generalReminder.isNegative() || majorReminder.isNegative() || escalateEvery.isNegative()
                || escalateEvery.isZero()) {
            throw new IllegalArgumentException("reminder and escalation periods must be positive");
        }
    }

    public static HazardDeadlinePolicy defaults() {
        return new HazardDeadlinePolicy(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(7));
    }

    public DeadlineStatus statusOf(HiddenHazard hazard, Instant now) {
        if (hazard.state() == HazardState.CLOSED) {
            return new DeadlineStatus(DeadlineState.CLOSED, Optional.empty(), false);
        }
        if (hazard.deadline().isEmpty()) {
            return new DeadlineStatus(DeadlineState.NO_DEADLINE, Optional.empty(), false);
        }
        Instant deadline = hazard.deadline().get();
        boolean major = hazard.grade().orElse(HazardGrade.GENERAL) == HazardGrade.MAJOR;
        if (hazard.isOverdueAt(now)) {
            long steps = Duration.between(deadline, now).dividedBy(escalateEvery);
            EscalationTier[] tiers = EscalationTier.values();
            EscalationTier tier = tiers[(int) Math.min(steps, tiers.length - 1)];
            return new DeadlineStatus(DeadlineState.OVERDUE, Optional.of(tier),
                    major && hazard.supervision().isEmpty());
        }
        Duration lead = major ? majorReminder : generalReminder;
        DeadlineState state = now.isBefore(deadline.minus(lead)) ? DeadlineState.ON_TIME : DeadlineState.REMINDER_DUE;
        return new DeadlineStatus(state, Optional.empty(), false);
    }
}
