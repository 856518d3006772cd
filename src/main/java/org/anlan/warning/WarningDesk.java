package org.anlan.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.monitoring.ThresholdCrossed;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.anlan.warning.cap.CapAlert;
import org.anlan.warning.cap.CapMessages;
import org.anlan.warning.cap.CapProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warning module's API: the lifecycle draft → review → issued (→ updated) → cancelled/expired.
 *
 * <p>Who does what (属地管理 applies to township officers throughout):
 * <ul>
 *   <li>draft, edit, submit for review: duty officer (值班员), commander, administrator, and a township officer for
 *       warnings naming only their own township; the system drafts from threshold crossings;</li>
 *   <li>approve (issue), send back, update an issued warning, cancel: the commander (指挥长) only, and never the
 *       person who submitted the draft (four eyes);</li>
 *   <li>import CAP from outside (the provincial platform, the meteorological office): department officer (县气象局),
 *       duty officer, commander, administrator.</li>
 * </ul>
 * Every change keeps a revision (full snapshot) and is audited in the same transaction; issuing and updating publish
 * {@link WarningIssued} and plan the dissemination in the same transaction (the outbox of the delivery module part).
 */
@Service
public class WarningDesk {

    static final Role[] DRAFTERS = {Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN, Role.TOWNSHIP_OFFICER};
    static final Role[] APPROVERS = {Role.COMMANDER};
    static final Role[] IMPORTERS = {Role.DEPARTMENT_OFFICER, Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN};
    static final String SYSTEM = AuditTrail.SYSTEM_ACTOR;

    private final Warnings warnings;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CapProfile profile;
    private final WarningDissemination dissemination;
    private final JsonMapper json = JsonMapper.builder().build();

    private final double crossingVillageRadiusKm;

    WarningDesk(Warnings warnings, CountyGeography county, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
                CapProfile profile, WarningDissemination dissemination,
                @Value("${anlan.warning.crossing-village-radius-km:5}") double crossingVillageRadiusKm) {
        this.crossingVillageRadiusKm = crossingVillageRadiusKm;
        this.warnings = warnings;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.profile = profile;
        this.dissemination = dissemination;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Warning> list(String townshipCode, String status) {
        Actor actor = CurrentActor.require();
        WarningStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        String township = actor.townshipScoped() ? actor.townshipCode() : WarningPolicy.blankToNull(townshipCode);
        return warnings.find(township, wanted, 500);
    }

    @Transactional(readOnly = true)
    public Warning get(UUID id) {
        Warning warning = warnings.byId(id).orElseThrow(() -> notFound(id));
        requireScope(warning);
        return warning;
    }

    @Transactional(readOnly = true)
    public List<WarningRevision> revisions(UUID id) {
        get(id);
        return warnings.revisions(id);
    }

    /** The warning as CAP 1.2 with the GB/T 35965.1 profile. */
    @Transactional(readOnly = true)
    public String cap(UUID id) {
        return org.anlan.warning.cap.CapWriter.write(WarningCap.toCap(get(id), profile, county.townshipNames()));
    }

    /** Active (issued) warnings as CAP, for the public feed. */
    @Transactional(readOnly = true)
    public List<CapAlert> activeAsCap() {
        // public: no actor needed
        Map<String, String> names = county.townshipNames();
        return warnings.find(null, WarningStatus.ISSUED, 200).stream().map(w -> WarningCap.toCap(w, profile, names)).toList();
    }

    @Transactional(readOnly = true)
    public LeadTimeReport leadTimes() {
        CurrentActor.require();
        return LeadTimeReport.of(warnings.withLeadTime());
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------

    @Transactional
    public Warning draft(WarningDraft draft) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(DRAFTERS);
        WarningContent content = content(draft);
        content.townshipCodes().forEach(CurrentActor::requireTownshipAccess);
        Instant now = now();
        Warning warning = new Warning(UUID.randomUUID(), WarningStatus.DRAFT, 0, content, false, false, "MANUAL", null,
                null, null, null, null, null, null, actor.username(), null, null, now, now);
        warnings.insert(warning);
        record(warning, null, "WARNING_DRAFT", actor.username());
        return warning;
    }

    @Transactional
    public Warning edit(UUID id, WarningDraft draft) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(DRAFTERS);
        Warning before = lockedForChange(id);
        requireStatus(before, WarningStatus.DRAFT);
        WarningContent content = content(draft);
        content.townshipCodes().forEach(CurrentActor::requireTownshipAccess);
        return saved(before, with(before, WarningStatus.DRAFT, content, now()), "WARNING_EDIT", actor);
    }

    @Transactional
    public Warning submit(UUID id) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(DRAFTERS);
        Warning before = lockedForChange(id);
        requireStatus(before, WarningStatus.DRAFT);
        return saved(before, copy(before, WarningStatus.IN_REVIEW, before.version(), before.content(), before.identifier(),
                before.previousIdentifier(), before.previousSent(), before.firstIssuedAt(), before.lastIssuedAt(),
                actor.username(), null, now()), "WARNING_SUBMIT", actor);
    }

    @Transactional
    public Warning sendBack(UUID id, String reason) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(APPROVERS);
        Warning before = lockedInScope(id);
        requireStatus(before, WarningStatus.IN_REVIEW);
        return saved(before, copy(before, WarningStatus.DRAFT, 0, before.content(), null, null, null, null, null, null,
                null, now()), "WARNING_SEND_BACK", actor);
    }

    /** Issues a warning in review: version 1, a GB identifier, {@link WarningIssued}, dissemination planned. */
    @Transactional
    public Warning approve(UUID id) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(APPROVERS);
        Warning before = lockedInScope(id);
        requireStatus(before, WarningStatus.IN_REVIEW);
        if (actor.username().equals(before.submittedBy())) {
            throw ApiException.conflict("WARNING_FOUR_EYES", "error.warning.fourEyes");
        }
        Instant now = now();
        Warning after = saved(before, copy(before, WarningStatus.ISSUED, 1, before.content(),
                claimIdentifier(before.id(), 1, now), null, null, now, now, before.submittedBy(), actor.username(), now),
                "WARNING_ISSUE", actor);
        issued(after);
        return after;
    }

    /** A new version of an issued warning (msgType Update, references the previous message). */
    @Transactional
    public Warning update(UUID id, WarningDraft draft) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(APPROVERS);
        Warning before = lockedInScope(id);
        requireStatus(before, WarningStatus.ISSUED);
        Warning after = saved(before, nextVersion(before, WarningStatus.ISSUED, content(draft), actor), "WARNING_UPDATE", actor);
        issued(after);
        return after;
    }

    @Transactional
    public Warning cancel(UUID id, String reason) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(APPROVERS);
        Warning before = lockedInScope(id);
        if (before.status() == WarningStatus.ISSUED) {
            WarningContent content = before.content().withDescription(WarningPolicy.blankToNull(reason) == null
                    ? before.content().description() : reason.strip());
            return saved(before, nextVersion(before, WarningStatus.CANCELLED, content, actor), "WARNING_CANCEL", actor);
        }
        if (!before.status().open()) {
            throw conflictStatus(before);
        }
        return saved(before, copy(before, WarningStatus.CANCELLED, 0, before.content(), null, null, null, null, null,
                before.submittedBy(), actor.username(), now()), "WARNING_DISCARD", actor);
    }

    /** Records when the hazard actually began; lead time is measured from the first issue to it. */
    @Transactional
    public Warning recordOnset(UUID id, Instant observedOnset) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        if (observedOnset == null) {
            throw ApiException.badRequest("WARNING_ONSET_REQUIRED", "error.warning.onsetRequired");
        }
        Warning before = lockedInScope(id);
        return saved(before, withOnset(before, observedOnset), "WARNING_ONSET", actor);
    }

    /** Issued warnings whose expiry has passed become expired (called by the scheduler and before reads of the page). */
    @Transactional
    public int expireDue() {
        int expired = 0;
        for (UUID id : warnings.expiredBy(now())) {
            Warning before = warnings.byIdForUpdate(id).orElseThrow();
            if (before.status() == WarningStatus.ISSUED) {
                Warning after = copy(before, WarningStatus.EXPIRED, before.version(), before.content(), before.identifier(),
                        before.previousIdentifier(), before.previousSent(), before.firstIssuedAt(), before.lastIssuedAt(),
                        before.submittedBy(), before.approvedBy(), now());
                warnings.update(after);
                record(after, before, "WARNING_EXPIRE", SYSTEM);
                expired++;
            }
        }
        return expired;
    }

    // ---- from monitoring ---------------------------------------------------------------------------------------

    /**
     * A threshold crossing creates a draft (labelled decision support unless the level is an official signal) or
     * raises the open draft of the same hazard and adds the townships; for an issued warning of that hazard naming a
     * township of the crossing, a crossing at the warned level or above is the observed onset of the hazard.
     * Idempotent by the crossing's rule, station and observation time.
     */
    @Transactional
    public Optional<Warning> onThresholdCrossed(ThresholdCrossed crossing) {
        Hazard hazard = Hazard.parse(crossing.hazard()).orElse(null);
        WarningLevel level = WarningLevel.parse(crossing.level()).orElse(null);
        List<String> townships = crossing.townshipCodes() == null ? List.of()
                : crossing.townshipCodes().stream().filter(county::exists).distinct().toList();
        String key = crossing.ruleId() + "|" + crossing.ruleVersion() + "|" + crossing.stationId() + "|" + crossing.observedAt();
        if (hazard == null || level == null || townships.isEmpty() || !warnings.recordSignal(key, now())) {
            return Optional.empty();
        }
        markObservedOnset(hazard, level, townships, crossing.observedAt());
        Optional<Warning> covering = warnings.issuedForUpdate(hazard).stream()
                .filter(w -> !level.above(w.level()) && w.content().townshipCodes().containsAll(townships)).findFirst();
        if (covering.isPresent()) {
            warnings.attachSignal(key, covering.get().id());
            return covering;
        }
        Optional<Warning> open = warnings.openDraftForUpdate(hazard);
        Warning result;
        if (open.isEmpty()) {
            WarningContent content = WarningPolicy.content(new WarningDraft(hazard.name(), level.name(), townships,
                    villagesNear(crossing, townships), null, null, describe(crossing), null, null, null), profile, county::exists, this::townshipName);
            Instant now = now();
            result = new Warning(UUID.randomUUID(), WarningStatus.DRAFT, 0, content, !crossing.official(),
                    crossing.official(), "THRESHOLD", null, null, null, null, null, null, null, SYSTEM, null, null, now, now);
            warnings.insert(result);
            record(result, null, "WARNING_DRAFT_FROM_THRESHOLD", SYSTEM);
        } else {
            Warning before = open.get();
            LinkedHashSet<String> all = new LinkedHashSet<>(before.content().townshipCodes());
            all.addAll(townships);
            LinkedHashSet<String> villages = new LinkedHashSet<>(before.content().villages());
            villagesNear(crossing, townships).stream().limit(WarningPolicy.MAX_VILLAGES - villages.size()).forEach(villages::add);
            WarningLevel raised = level.above(before.level()) ? level : before.level();
            if (raised == before.level() && all.size() == before.content().townshipCodes().size()
                    && villages.size() == before.content().villages().size()) {
                warnings.attachSignal(key, before.id());
                return Optional.of(before);
            }
            List<String> codes = List.copyOf(all);
            WarningContent content = before.content().withArea(codes, List.copyOf(villages)).withLevel(raised,
                    WarningTexts.headline(profile.senderName(), before.content().eventName(), raised),
                    WarningTexts.instruction(hazard, raised, codes, this::townshipName));
            result = with(before, before.status(), content, now());
            warnings.update(result);
            record(result, before, "WARNING_RAISE_FROM_THRESHOLD", SYSTEM);
        }
        warnings.attachSignal(key, result.id());
        return Optional.of(result);
    }

    /** The villages around the station that crossed, as "townshipCode:村名", nearest first. */
    private List<String> villagesNear(ThresholdCrossed crossing, List<String> townships) {
        if (crossing.stationLocation() == null) {
            return List.of();
        }
        return county.villagesNear(townships, crossing.stationLocation(), crossingVillageRadiusKm).stream()
                .limit(WarningPolicy.MAX_VILLAGES)
                .map(village -> village.townshipCode() + ":" + village.name())
                .toList();
    }

    private void markObservedOnset(Hazard hazard, WarningLevel level, List<String> townships, Instant observedAt) {
        for (Warning issued : warnings.issuedForUpdate(hazard)) {
            boolean covers = issued.content().townshipCodes().stream().anyMatch(townships::contains);
            if (covers && issued.observedOnsetAt() == null && !issued.level().above(level) && observedAt != null) {
                Warning after = withOnset(issued, observedAt);
                warnings.update(after);
                record(after, issued, "WARNING_ONSET_OBSERVED", SYSTEM);
            }
        }
    }

    private static String describe(ThresholdCrossed crossing) {
        String window = crossing.window() == null ? "" : crossing.window().toHours() + "小时";
        return "监测站 " + crossing.stationId() + " " + window + "观测值 " + crossing.value().toPlainString() + " "
                + crossing.unit() + "，达到" + WarningLevel.parse(crossing.level()).map(WarningLevel::chineseColour).orElse("")
                + "预警阈值（规则 " + crossing.ruleId() + " 第" + crossing.ruleVersion() + "版）。";
    }

    // ---- CAP import --------------------------------------------------------------------------------------------

    /** What an import did: the warning, and whether the message had been imported before. */
    public record CapImport(Warning warning, boolean duplicate) {
    }

    /** Thrown when a CAP message cannot be imported; carries every reason. */
    public static class CapRejected extends RuntimeException {
        private final transient List<CapProblem> problems;

        CapRejected(List<CapProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<CapProblem> problems() {
            return problems;
        }
    }

    /**
     * Imports one CAP 1.1/1.2 message from outside as an official warning: an Alert creates one, an Update or
     * Cancel that references a known message updates or cancels its warning. A message imported before is not
     * imported twice.
     */
    @Transactional
    public CapImport importCap(byte[] message) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(IMPORTERS);
        CapMessages.Check check = CapMessages.check(message);
        if (!check.valid()) {
            throw new CapRejected(check.problems());
        }
        WarningCap.Imported imported = WarningCap.fromCap(check.alert(), county.townshipNames());
        if (!imported.problems().isEmpty()) {
            throw new CapRejected(imported.problems());
        }
        CapAlert alert = check.alert();
        Optional<UUID> known = warnings.warningOfIdentifier(alert.identifier());
        if (known.isPresent()) {
            return new CapImport(warnings.byId(known.get()).orElseThrow(), true);
        }
        Instant sent = alert.sent().toInstant();
        Optional<Warning> referenced = imported.referencedIdentifiers().stream().map(warnings::warningOfIdentifier)
                .flatMap(Optional::stream).findFirst().flatMap(warnings::byIdForUpdate);
        String status = alert.msgType();
        if (referenced.isPresent() && (status.equals("Update") || status.equals("Cancel"))) {
            Warning before = referenced.get();
            int version = before.version() + 1;
            WarningStatus next = status.equals("Cancel") ? WarningStatus.CANCELLED : WarningStatus.ISSUED;
            claim(alert.identifier(), before.id(), version, sent);
            Warning after = copy(before, next, version, imported.content(), alert.identifier(), before.identifier(),
                    before.lastIssuedAt(), before.firstIssuedAt() == null ? sent : before.firstIssuedAt(), sent,
                    before.submittedBy(), actor.username(), now());
            warnings.update(after);
            record(after, before, "WARNING_IMPORT_" + status.toUpperCase(), actor.username());
            if (next == WarningStatus.ISSUED) {
                issued(after);
            }
            return new CapImport(after, false);
        }
        if (status.equals("Cancel")) {
            throw new CapRejected(List.of(new CapProblem("/alert/references", "a Cancel must reference a known message")));
        }
        Instant now = now();
        boolean exercise = !alert.status().equals("Actual");
        Warning warning = new Warning(UUID.randomUUID(), exercise ? WarningStatus.DRAFT : WarningStatus.ISSUED,
                exercise ? 0 : 1, imported.content(), imported.decisionSupport(), !imported.decisionSupport(), "IMPORT",
                alert.sender(), exercise ? null : alert.identifier(), null, null, exercise ? null : sent,
                exercise ? null : sent, null, actor.username(), null, exercise ? null : alert.sender(), now, now);
        warnings.insert(warning);
        if (!exercise) {
            claim(alert.identifier(), warning.id(), 1, sent);
        }
        record(warning, null, "WARNING_IMPORT", actor.username());
        if (!exercise) {
            issued(warning);
        }
        return new CapImport(warning, false);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void issued(Warning w) {
        WarningContent c = w.content();
        events.publishEvent(new WarningIssued(w.id().toString(), w.version(), c.hazard() == null ? c.eventType()
                : c.hazard().name(), c.level().name(), c.townshipCodes(), c.villages(), null, w.lastIssuedAt(),
                c.onsetAt(), c.expiresAt()));
        dissemination.plan(w);
    }

    private String claimIdentifier(UUID id, int version, Instant sent) {
        for (int sequence = 0; sequence <= 9; sequence++) {
            String identifier = profile.identifier(sent, sequence);
            if (warnings.claimIdentifier(identifier, id, version, sent)) {
                return identifier;
            }
        }
        throw ApiException.conflict("WARNING_IDENTIFIER_EXHAUSTED", "error.warning.identifierExhausted");
    }

    private void claim(String identifier, UUID id, int version, Instant sent) {
        if (!warnings.claimIdentifier(identifier, id, version, sent)) {
            throw ApiException.conflict("CAP_DUPLICATE", "error.warning.capDuplicate", identifier);
        }
    }

    private WarningContent content(WarningDraft draft) {
        if (draft == null) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        return WarningPolicy.content(draft, profile, county::exists, this::townshipName);
    }

    private String townshipName(String code) {
        return county.township(code).map(t -> t.name()).orElse(code);
    }

    private Warning lockedInScope(UUID id) {
        Warning warning = warnings.byIdForUpdate(id).orElseThrow(() -> notFound(id));
        requireScope(warning);
        return warning;
    }

    /** A township officer changes (edits, submits) only warnings that name no township but their own. */
    private Warning lockedForChange(UUID id) {
        Warning warning = lockedInScope(id);
        warning.content().townshipCodes().forEach(CurrentActor::requireTownshipAccess);
        return warning;
    }

    /** Whether the current actor may change this warning's townships (see {@link #lockedForChange}). */
    static boolean mayChangeTownships(Actor actor, Warning warning) {
        return warning.content().townshipCodes().stream().allMatch(actor::mayAccessTownship);
    }

    /** A township officer sees warnings that concern their township only. */
    private static void requireScope(Warning warning) {
        Actor actor = CurrentActor.require();
        if (actor.townshipScoped() && !warning.content().townshipCodes().contains(actor.townshipCode())) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED",
                    "error.scope.township", actor.townshipCode());
        }
    }

    private static void requireStatus(Warning warning, WarningStatus expected) {
        if (warning.status() != expected) {
            throw conflictStatus(warning);
        }
    }

    private static ApiException conflictStatus(Warning warning) {
        return ApiException.conflict("WARNING_STATUS", "error.warning.status", warning.status().name());
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("WARNING_NOT_FOUND", "error.warning.notFound", id);
    }

    private static WarningStatus parseStatus(String status) {
        try {
            return WarningStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("WARNING_STATUS_UNKNOWN", "error.warning.statusUnknown", status);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Stores a transition and its revision and audit entry; returns the stored warning. */
    private Warning saved(Warning before, Warning after, String action, Actor actor) {
        warnings.update(after);
        record(after, before, action, actor.username());
        return after;
    }

    /** The next version of an issued warning: a new identifier that references the message it replaces. */
    private Warning nextVersion(Warning before, WarningStatus status, WarningContent content, Actor approver) {
        Instant now = now();
        int version = before.version() + 1;
        return copy(before, status, version, content, claimIdentifier(before.id(), version, now), before.identifier(),
                before.lastIssuedAt(), before.firstIssuedAt(), now, before.submittedBy(), approver.username(), now);
    }

    private void record(Warning after, Warning before, String action, String actor) {
        warnings.addRevision(after, action, actor, after.changedAt(), json.writeValueAsString(summary(after)));
        audit.record(AuditRecord.of(action, "Warning", after.id().toString())
                .inTownship(after.content().townshipCodes().size() == 1 ? after.content().townshipCodes().get(0) : null)
                .changing(before == null ? null : brief(before), brief(after)));
    }

    private static Map<String, Object> brief(Warning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", w.status().name());
        m.put("version", w.version());
        m.put("level", w.level().name());
        m.put("townships", w.content().townshipCodes());
        if (w.identifier() != null) {
            m.put("identifier", w.identifier());
        }
        return m;
    }

    static Map<String, Object> summary(Warning w) {
        WarningContent c = w.content();
        Map<String, Object> m = new LinkedHashMap<>(brief(w));
        m.put("hazard", c.hazard() == null ? null : c.hazard().name());
        m.put("eventType", c.eventType());
        m.put("eventName", c.eventName());
        m.put("villages", c.villages());
        m.put("polygon", c.polygon());
        m.put("headline", c.headline());
        m.put("description", c.description());
        m.put("instruction", c.instruction());
        m.put("onsetAt", c.onsetAt() == null ? null : c.onsetAt().toString());
        m.put("expiresAt", c.expiresAt() == null ? null : c.expiresAt().toString());
        m.put("decisionSupport", w.decisionSupport());
        m.put("official", w.official());
        m.put("observedOnsetAt", w.observedOnsetAt() == null ? null : w.observedOnsetAt().toString());
        return m;
    }

    private static Warning with(Warning w, WarningStatus status, WarningContent content, Instant at) {
        return copy(w, status, w.version(), content, w.identifier(), w.previousIdentifier(), w.previousSent(),
                w.firstIssuedAt(), w.lastIssuedAt(), w.submittedBy(), w.approvedBy(), at);
    }

    private static Warning withOnset(Warning w, Instant onset) {
        return new Warning(w.id(), w.status(), w.version(), w.content(), w.decisionSupport(), w.official(), w.origin(),
                w.sender(), w.identifier(), w.previousIdentifier(), w.previousSent(), w.firstIssuedAt(), w.lastIssuedAt(),
                onset, w.draftedBy(), w.submittedBy(), w.approvedBy(), w.createdAt(), w.changedAt());
    }

    private static Warning copy(Warning w, WarningStatus status, int version, WarningContent content, String identifier,
                                String previousIdentifier, Instant previousSent, Instant firstIssuedAt,
                                Instant lastIssuedAt, String submittedBy, String approvedBy, Instant changedAt) {
        return new Warning(w.id(), status, version, content, w.decisionSupport(), w.official(), w.origin(), w.sender(),
                identifier, previousIdentifier, previousSent, firstIssuedAt, lastIssuedAt, w.observedOnsetAt(),
                w.draftedBy(), submittedBy, approvedBy, w.createdAt(), changedAt);
    }

    static Duration target() {
        return LeadTimeReport.TARGET;
    }
}
