package org.anlan.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dissemination of issued warnings (预警信息发布) and 叫应. Planning writes the delivery jobs in the transaction that
 * issues the warning (the outbox): per affected township, SMS to its population, its broadcast terminals, and SMS,
 * app push and e-mail (those with an address) to its first-rank officials, who are called (叫应) and must acknowledge. An official not acknowledging
 * within {@code anlan.warning.ack-timeout} is escalated: the next rank of the township (or, after the last, the
 * county level) is called.
 */
@Service
public class WarningDissemination {

    /** Delivery progress of one warning's current version, per channel and audience, and coverage per township. */
    public record DeliveryProgress(List<Deliveries.Progress> channels, List<Deliveries.Coverage> coverage,
                                   List<Deliveries.Callout> callouts, boolean complete, long delivered, long total,
                                   long people, long peopleReached) {

        static DeliveryProgress of(List<Deliveries.Progress> channels, List<Deliveries.Coverage> coverage,
                                   List<Deliveries.Callout> callouts) {
            return new DeliveryProgress(channels, coverage, callouts,
                    !channels.isEmpty() && channels.stream().allMatch(p -> p.pending() == 0 && p.submitted() == 0),
                    channels.stream().mapToLong(Deliveries.Progress::delivered).sum(),
                    channels.stream().mapToLong(Deliveries.Progress::total).sum(),
                    coverage.stream().mapToLong(Deliveries.Coverage::people).sum(),
                    coverage.stream().mapToLong(Deliveries.Coverage::delivered).sum());
        }
    }

    static final int PEOPLE_PER_TERMINAL = 2000;
    /** Who records an official's acknowledgement: the duty desk, and the township officer for their township. */
    static final Role[] ACKNOWLEDGERS = {Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN, Role.TOWNSHIP_OFFICER};

    private final Deliveries deliveries;
    private final OfficialRoster roster;
    private final DeliveryEngine engine;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration ackTimeout;
    private final Warnings warnings;
    private final CountyGeography county;

    WarningDissemination(Deliveries deliveries, OfficialRoster roster, DeliveryEngine engine, AuditTrail audit,
                         Clock clock, Warnings warnings,
                         CountyGeography county, @Value("${anlan.warning.ack-timeout:PT15M}") Duration ackTimeout) {
        this.deliveries = deliveries;
        this.roster = roster;
        this.county = county;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
        this.warnings = warnings;
        this.ackTimeout = ackTimeout;
    }

    /** Writes the delivery jobs of an issued version (joins the issuing transaction); sending starts after commit. */
    @Transactional
    void plan(Warning w) {
        Instant now = now();
        Map<String, int[]> population = deliveries.population();
        String headline = w.content().headline() == null ? w.content().eventName() : w.content().headline();
        String instruction = w.content().instruction() == null ? "" : w.content().instruction();
        String publicText = shorten("【象山县应急管理局】" + headline + "：" + instruction, 300);
        String broadcastText = shorten(headline + "。" + instruction, 2000);
        String officialText = headline + "。请立即回复确认收到（叫应），预警编号 " + w.identifier() + "。";
        for (String township : w.content().townshipCodes()) {
            int[] reach = population.getOrDefault(township, new int[]{0, 0});
            if (reach[0] > 0) {
                deliveries.insertJob(w.id(), w.version(), Channel.SMS, "PUBLIC", township, publicText, reach[0], false, now);
            }
            if (reach[1] > 0) {
                deliveries.insertJob(w.id(), w.version(), Channel.BROADCAST, "TERMINALS", township, broadcastText, reach[1],
                        false, now);
            }
            call(w, township, officials(township, 1), officialText, now, null);
        }
        afterCommit(engine::wake);
    }

    private List<WarningOfficial> officials(String township, int rank) {
        List<WarningOfficial> atRank = roster.callable(township, rank);
        return atRank.isEmpty() && township != null ? List.of() : atRank;
    }

    private void call(Warning w, String township, List<WarningOfficial> officials, String text, Instant now, Long escalationOf) {
        if (officials.isEmpty()) {
            return;
        }
        long sms = deliveries.insertJob(w.id(), w.version(), Channel.SMS, "OFFICIALS", township, text, 0, true, now);
        long push = deliveries.insertJob(w.id(), w.version(), Channel.APP_PUSH, "OFFICIALS", township, text, 0, true, now);
        Long email = officials.stream().anyMatch(o -> o.email() != null)
                ? deliveries.insertJob(w.id(), w.version(), Channel.EMAIL, "OFFICIALS", township, emailText(w, text), 0, true, now)
                : null;
        for (WarningOfficial official : officials) {
            deliveries.insertCallout(w.id(), w.version(), official.id(), township, official.rank(), now, escalationOf);
            deliveries.appendRecipient(sms, official.phone());
            if (official.pushToken() != null) {
                deliveries.appendRecipient(push, official.pushToken());
            }
            if (official.email() != null) {
                deliveries.appendRecipient(email, official.email());
            }
        }
    }

    /** The e-mail to officials: the subject line (the Chinese title), then the call, level, area, instructions and CAP id. */
    private String emailText(Warning w, String call) {
        WarningContent c = w.content();
        String title = c.headline() == null ? c.eventName() + c.level().chineseColour() + "预警" : c.headline();
        Map<String, String> names = county.townshipNames();
        String area = String.join("、", c.townshipCodes().stream().map(code -> names.getOrDefault(code, code)).toList());
        if (!c.villages().isEmpty()) {
            area += "（" + String.join("、", c.villages().stream().map(v -> v.substring(v.indexOf(':') + 1)).toList()) + "）";
        }
        return title + "\n"
                + call + "\n\n"
                + "预警标题：" + title + "\n"
                + "预警级别：" + c.level().chineseColour() + "（" + c.level().grade() + "级，" + c.level().gradeLabel() + "）\n"
                + "影响区域：" + area + "\n"
                + "防御指引：" + (c.instruction() == null ? "" : c.instruction()) + "\n"
                + "预警编号（CAP identifier）：" + w.identifier() + "\n"
                + "象山县应急管理局";
    }

    /** An official's acknowledgement (叫应), recorded by the duty desk or the township on their behalf. */
    @Transactional
    public void acknowledge(UUID warningId, long calloutId) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(ACKNOWLEDGERS);
        Deliveries.Callout callout = deliveries.callouts(warningId).stream().filter(c -> c.id() == calloutId).findFirst()
                .orElseThrow(() -> ApiException.notFound("CALLOUT_NOT_FOUND", "error.warning.calloutNotFound", calloutId));
        CurrentActor.requireTownshipAccess(callout.townshipCode());
        if (!deliveries.acknowledge(calloutId, warningId, actor.username(), now())) {
            throw ApiException.conflict("CALLOUT_ACKNOWLEDGED", "error.warning.calloutAcknowledged");
        }
        audit.record(AuditRecord.of("WARNING_ACKNOWLEDGE", "Warning", warningId.toString()).inTownship(callout.townshipCode())
                .changing(null, Map.of("official", callout.officialName(), "callout", calloutId)));
    }

    /** Calls the next contact of every official who has not acknowledged in time; returns how many were escalated. */
    @Scheduled(fixedDelayString = "${anlan.warning.escalation-check:PT30S}")
    @Transactional
    public int escalateOverdue() {
        Instant now = now();
        int escalated = 0;
        for (Deliveries.Callout callout : deliveries.overdueCallouts(now.minus(ackTimeout))) {
            Warning w = warnings.byId(callout.warningId()).orElseThrow();
            boolean countyLevel = roster.callable(callout.townshipCode(), callout.rank()).stream()
                    .noneMatch(o -> o.id().equals(callout.officialId()));
            List<WarningOfficial> next = countyLevel ? List.of() : roster.callable(callout.townshipCode(), callout.rank() + 1);
            if (next.isEmpty() && !countyLevel) {
                next = roster.callable(null, 1);
            }
            deliveries.markEscalated(callout.id(), now);
            String text = "【升级叫应】" + callout.officialName() + " 未在规定时间内确认：" + w.content().headline()
                    + "。请立即回复确认，预警编号 " + w.identifier() + "。";
            call(w, callout.townshipCode(), next, text, now, callout.id());
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("WARNING_ESCALATE", "Warning", w.id().toString())
                    .inTownship(callout.townshipCode())
                    .changing(Map.of("official", callout.officialName()),
                            Map.of("escalatedTo", next.stream().map(WarningOfficial::name).toList())));
            escalated++;
        }
        if (escalated > 0) {
            afterCommit(engine::wake);
        }
        return escalated;
    }

    @Transactional(readOnly = true)
    public DeliveryProgress progress(UUID warningId) {
        return DeliveryProgress.of(deliveries.progress(warningId), deliveries.coverage(warningId),
                deliveries.callouts(warningId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
