package org.anlan.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timers of HZ-WF-03 and of risk-point reviews, run every few minutes against the injected clock: a reminder
 * once per hazard before its deadline, an escalation each time an overdue hazard climbs a tier (企业 → 乡镇 →
 * 县级行业部门 → 县安委办), and a reminder once per due review of a risk point. Idempotent: a second run at the
 * same instant changes nothing.
 */
@Component
public class HazardDeadlineSweep {

    record Outcome(int reminders, int escalations, int reviewReminders) {
    }

    private final HazardRegister register;
    private final HazardDeadlinePolicy policy = HazardDeadlinePolicy.defaults();
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    HazardDeadlineSweep(HazardRegister register, ApplicationEventPublisher events, JdbcClient jdbc, AuditTrail audit,
                        Clock clock) {
        this.register = register;
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anlan.risk.deadline-check:PT5M}", initialDelayString = "${anlan.risk.deadline-check:PT5M}")
    @Transactional
    public Outcome sweep() {
        Instant now = Instant.now(clock);
        int reminders = 0;
        int escalations = 0;
        Instant horizon = now.plus(policy.generalReminder().compareTo(policy.majorReminder()) > 0
                ? policy.generalReminder() : policy.majorReminder());
        for (HazardRecord record : register.openDueBy(horizon)) {
            HiddenHazard hazard = record.hazard();
            DeadlineStatus status = policy.statusOf(hazard, now);
            if (status.state() == DeadlineState.REMINDER_DUE && record.remindedAt() == null) {
                register.recordDeadlineStanding(hazard.id().value(), record.escalation(), now, "HAZARD_REMINDER");
                reminders++;
            } else if (status.state() == DeadlineState.OVERDUE) {
                EscalationTier tier = status.escalation().orElseThrow();
                boolean climbed = record.escalation() == null || tier.ordinal() > record.escalation().ordinal();
                if (climbed) {
                    register.recordDeadlineStanding(hazard.id().value(), tier,
                            record.remindedAt() == null ? now : record.remindedAt(), "HAZARD_OVERDUE");
                    events.publishEvent(new HazardOverdue(hazard.id().value(), hazard.enterprise().value(),
                            record.townshipCode(), hazard.grade().orElse(null), tier, hazard.deadline().orElseThrow(),
                            status.supervisionCandidate()));
                    escalations++;
                }
            }
        }
        return new Outcome(reminders, escalations, remindReviews(LocalDate.now(clock)));
    }

    private int remindReviews(LocalDate today) {
        var due = jdbc.sql("""
                        UPDATE risk_point SET review_reminded_on = :today
                         WHERE active AND next_review <= :today
                           AND (review_reminded_on IS NULL OR review_reminded_on < next_review)
                        RETURNING id, township_code, next_review""")
                .param("today", today)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] point : due) {
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("RISK_REVIEW_DUE", "RiskPoint", point[0])
                    .inTownship(point[1]).changing(null, java.util.Map.of("nextReview", point[2])));
        }
        return due.size();
    }
}
