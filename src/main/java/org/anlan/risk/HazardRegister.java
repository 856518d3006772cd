package org.anlan.risk;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.enterprise.Enterprise;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.photo.PhotoStore;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 隐患排查治理: the register of hidden hazards and their closed loop. The rules of every step live in
 * {@link HiddenHazard}; this class checks who may take the step (role and scope), stores the result, audits it
 * and moves the four-colour map, all in one transaction.
 */
@Service
public class HazardRegister {

    static final Role[] FINDERS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.GRID_MEMBER,
            Role.ENTERPRISE_OFFICER};
    static final Role[] GRADERS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER};
    static final Role[] RECTIFIERS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.ENTERPRISE_OFFICER};
    static final Role[] ACCEPTORS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER};
    static final Role[] SUPERVISORS = {Role.ADMIN, Role.COMMANDER, Role.INSPECTOR};
    static final Role[] EXPLAINERS = {Role.ADMIN, Role.TOWNSHIP_OFFICER, Role.ENTERPRISE_OFFICER};
    static final Role[] REWARDERS = {Role.ADMIN, Role.INSPECTOR};
    static final int MAX_TEXT = 1000;

    private final Hazards hazards;
    private final EnterpriseScope scope;
    private final RiskMapIndex map;
    private final PhotoStore photos;
    private final AuditTrail audit;
    private final Clock clock;

    HazardRegister(Hazards hazards, EnterpriseScope scope, RiskMapIndex map, PhotoStore photos, AuditTrail audit,
                   Clock clock) {
        this.hazards = hazards;
        this.scope = scope;
        this.map = map;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HazardRecord> list(UUID enterprise, String township, HazardState state, HazardGrade grade,
                                   boolean openOnly, boolean supervisedOnly) {
        EnterpriseScope.Filter filter = scope.filter(enterprise, township);
        return hazards.find(new Hazards.Filter(filter.enterprise(), filter.township(), state, grade, openOnly,
                supervisedOnly));
    }

    @Transactional(readOnly = true)
    public HazardRecord require(UUID id) {
        HazardRecord record = hazards.byId(id).orElseThrow(() -> unknown(id));
        scope.readable(record.hazard().enterprise().value());
        return record;
    }

    /** 排查 + 登记 (+ 定级 when a grade is given by a grader), by an official or the enterprise itself. */
    @Transactional
    public HazardRecord file(UUID enterpriseId, HazardFiling filing) {
        Enterprise enterprise = scope.changeable(enterpriseId, FINDERS);
        Actor actor = CurrentActor.require();
        String description = requiredText(filing == null ? null : filing.description(), "HAZARD_DESCRIPTION_INVALID",
                "error.risk.hazard.description");
        Instant now = now();
        HiddenHazard hazard = HiddenHazard.discover(HiddenHazardId.random(), enterprise.id(), originOf(actor.role()),
                description, actor.userId(), now);
        hazard = hazard.register(new Registration(limited(filing.location()), limited(filing.category()), List.of()),
                actor.userId(), now);
        if (text(filing.grade()) != null) {
            CurrentActor.requireRole(GRADERS);
            hazard = hazard.grade(grade(filing.grade()), limited(filing.judgementItem()), actor.userId(), now);
        }
        HazardRecord record = new HazardRecord(hazard, enterprise.townshipCode(), null, null, null, null, null,
                List.of(), false, now, null);
        hazards.insert(record, null);
        map.hazardChanged(Optional.empty(), Optional.of(record.standing()));
        audit.record(AuditRecord.of("HAZARD_FILE", "HiddenHazard", hazard.id().value().toString())
                .inTownship(record.townshipCode()).changing(null, summary(record)));
        return record;
    }

    /**
     * 群众举报: an anonymous tip-off about a named enterprise, found but not yet registered. The tipster keeps the
     * returned tracking code to follow the hazard and its reward; only its hash is stored.
     */
    @Transactional
    public HazardRecord tipOff(Enterprise enterprise, String description, String trackingHash) {
        Instant now = now();
        HiddenHazard hazard = HiddenHazard.discover(HiddenHazardId.random(), enterprise.id(),
                HazardOrigin.PUBLIC_TIP_OFF, description, null, now);
        HazardRecord record = new HazardRecord(hazard, enterprise.townshipCode(), null, null, null, null,
                HazardRecord.RewardStatus.PENDING, List.of(), false, now, null);
        hazards.insert(record, trackingHash);
        map.hazardChanged(Optional.empty(), Optional.of(record.standing()));
        audit.recordAs("public", "PUBLIC", AuditRecord.of("HAZARD_TIP_OFF", "HiddenHazard",
                hazard.id().value().toString()).inTownship(record.townshipCode()).changing(null, summary(record)));
        return record;
    }

    @Transactional(readOnly = true)
    public Optional<HazardRecord> byTrackingHash(String hash) {
        return hazards.byTrackingHash(hash).flatMap(hazards::byId);
    }

    /** Stores a hazard as given (demo seed only): no rule is skipped, the seed builds it through the aggregate. */
    @Transactional
    public boolean storeSynthetic(HazardRecord record) {
        if (hazards.exists(record.hazard().id().value())) {
            return false;
        }
        hazards.insert(record, null);
        map.hazardChanged(Optional.empty(), Optional.of(record.standing()));
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("HAZARD_FILE", "HiddenHazard",
                record.hazard().id().value().toString()).inTownship(record.townshipCode()).changing(null, summary(record)));
        return true;
    }

    @Transactional
    public HazardRecord register(UUID id, String location, String category) {
        return change(id, GRADERS, "HAZARD_REGISTER", (r, actor, now) -> r.with(r.hazard().register(
                new Registration(limited(location), limited(category), List.of()), actor.userId(), now)));
    }

    @Transactional
    public HazardRecord grade(UUID id, String grade, String judgementItem) {
        HazardGrade level = grade(grade);
        return change(id, GRADERS, "HAZARD_GRADE", (r, actor, now) -> r.with(r.hazard().grade(level,
                limited(judgementItem), actor.userId(), now)));
    }

    /** 治理方案 of a 重大 hazard; refused unless all five 落实 (and the objectives) are there. */
    @Transactional
    public HazardRecord approvePlan(UUID id, RectificationPlan plan) {
        return change(id, RECTIFIERS, "HAZARD_PLAN", (r, actor, now) -> r.with(r.hazard().approvePlan(
                new RectificationPlan(limited(plan.objectives()), limited(plan.responsibility()),
                        limited(plan.measures()), plan.fundsYuan(), plan.deadline(), limited(plan.contingencyPlan())),
                actor.userId(), now)));
    }

    @Transactional
    public HazardRecord startRectification(UUID id, Instant deadline, String responsibleName) {
        return change(id, RECTIFIERS, "HAZARD_RECTIFY", (r, actor, now) -> {
            if (deadline != null && !deadline.isAfter(now)) {
                throw ApiException.badRequest("HAZARD_DEADLINE_PAST", "error.risk.hazard.deadlinePast");
            }
            String name = limited(responsibleName) != null ? responsibleName.strip() : actor.displayName();
            return r.with(r.hazard().startRectification(actor.userId(), deadline, actor.userId(), now))
                    .withResponsibleName(name);
        });
    }

    @Transactional
    public HazardRecord submitRectification(UUID id) {
        return change(id, RECTIFIERS, "HAZARD_SUBMIT", (r, actor, now) -> r.with(r.hazard().submitRectification(
                actor.userId(), r.photos().stream().filter(p -> p.phase().equals("AFTER"))
                        .map(p -> p.id().toString()).toList(), now)));
    }

    /** 验收通过 → 销号, by someone other than the rectifier. */
    @Transactional
    public HazardRecord accept(UUID id, String assessmentReport) {
        return change(id, ACCEPTORS, "HAZARD_ACCEPT", (r, actor, now) -> r.with(r.hazard().accept(actor.userId(),
                limited(assessmentReport), now)));
    }

    @Transactional
    public HazardRecord reject(UUID id, String reason) {
        String why = requiredText(reason, "HAZARD_REASON_REQUIRED", "error.risk.hazard.reason");
        return change(id, ACCEPTORS, "HAZARD_REJECT", (r, actor, now) -> r.with(r.hazard().reject(actor.userId(),
                why, now)));
    }

    @Transactional
    public HazardRecord supervise(UUID id, Supervision listing) {
        return change(id, SUPERVISORS, "HAZARD_SUPERVISE", (r, actor, now) -> r.with(r.hazard().superviseUnder(
                listing, actor.userId(), now)));
    }

    @Transactional
    public HazardRecord explain(UUID id, String text) {
        String body = requiredText(text, "HAZARD_EXPLANATION_REQUIRED", "error.risk.hazard.explanation");
        return change(id, EXPLAINERS, "HAZARD_EXPLAIN", (r, actor, now) -> r.with(r.hazard().explain(actor.userId(),
                body, now)));
    }

    /** Reward of a public tip-off: amount and status (待审核 → 已核准 → 已发放, or 不予奖励). */
    @Transactional
    public HazardRecord reward(UUID id, BigDecimal yuan, String status) {
        HazardRecord.RewardStatus next;
        try {
            next = HazardRecord.RewardStatus.valueOf(String.valueOf(status).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("HAZARD_REWARD_INVALID", "error.risk.hazard.reward");
        }
        if (yuan != null && (yuan.signum() < 0 || yuan.compareTo(new BigDecimal("1000000")) > 0)) {
            throw ApiException.badRequest("HAZARD_REWARD_INVALID", "error.risk.hazard.reward");
        }
        return change(id, REWARDERS, "HAZARD_REWARD", (r, actor, now) -> {
            if (r.hazard().origin() != HazardOrigin.PUBLIC_TIP_OFF) {
                throw ApiException.conflict("HAZARD_REWARD_NOT_TIP", "error.risk.hazard.rewardNotTip");
            }
            return r.withReward(yuan, next);
        });
    }

    /**
     * A before photo (until rectification starts) or an after photo (during rectification), stored on disk.
     */
    @Transactional
    public HazardRecord.HazardPhoto addPhoto(UUID id, String phase, InputStream content) throws IOException {
        String wanted = String.valueOf(phase).strip().toUpperCase(Locale.ROOT);
        HazardRecord record = hazards.lock(id).orElseThrow(() -> unknown(id));
        scope.changeable(record.hazard().enterprise().value(), FINDERS);
        HazardState state = record.hazard().state();
        boolean allowed = switch (wanted) {
            case "BEFORE" -> state.ordinal() <= HazardState.PLAN_APPROVED.ordinal();
            case "AFTER" -> state == HazardState.RECTIFYING;
            default -> throw ApiException.badRequest("HAZARD_PHOTO_PHASE", "error.risk.hazard.photoPhase");
        };
        if (!allowed) {
            throw new RiskRuleException(RiskError.TRANSITION_NOT_ALLOWED, state.label() + " 状态不能上传" + wanted);
        }
        PhotoStore.StoredPhoto stored = photos.store("hazards/" + id, content);
        var photo = new HazardRecord.HazardPhoto(UUID.randomUUID(), wanted, stored.contentType(), stored.size(),
                stored.sha256(), now());
        hazards.insertPhoto(id, photo, stored.storedName());
        audit.record(AuditRecord.of("HAZARD_PHOTO", "HiddenHazard", id.toString()).inTownship(record.townshipCode())
                .changing(null, Map.of("phase", wanted, "sha256", stored.sha256(), "bytes", stored.size())));
        return photo;
    }

    @Transactional(readOnly = true)
    public Map.Entry<String, byte[]> photo(UUID hazard, UUID photo) {
        require(hazard);
        Map.Entry<String, String> file = hazards.photoFile(hazard, photo)
                .orElseThrow(() -> ApiException.notFound("PHOTO_UNKNOWN", "error.notFound"));
        return Map.entry(file.getValue(), photos.read(file.getKey()));
    }

    /** The sweep's write: escalation tier and reminder time of one hazard, audited as the system. */
    @Transactional
    void recordDeadlineStanding(UUID id, EscalationTier tier, Instant remindedAt, String action) {
        HazardRecord before = hazards.lock(id).orElseThrow(() -> unknown(id));
        HazardRecord after = before.withEscalation(tier, remindedAt);
        hazards.update(after);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("escalation", tier == null ? null : tier.name());
        change.put("deadline", before.hazard().deadline().map(Instant::toString).orElse(null));
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of(action, "HiddenHazard", id.toString())
                .inTownship(before.townshipCode()).changing(null, change));
    }

    @Transactional(readOnly = true)
    List<HazardRecord> openDueBy(Instant horizon) {
        return hazards.openDueBy(horizon);
    }

    private interface Step {
        HazardRecord apply(HazardRecord record, Actor actor, Instant now);
    }

    private HazardRecord change(UUID id, Role[] roles, String action, Step step) {
        HazardRecord before = hazards.lock(id).orElseThrow(() -> unknown(id));
        scope.changeable(before.hazard().enterprise().value(), roles);
        HazardRecord after = step.apply(before, CurrentActor.require(), now());
        hazards.update(after);
        map.hazardChanged(Optional.of(before.standing()), Optional.of(after.standing()));
        Map<String, Object> was = summary(before);
        Map<String, Object> is = summary(after);
        AuditDiff.keepDifferences(was, is);
        audit.record(AuditRecord.of(action, "HiddenHazard", id.toString()).inTownship(after.townshipCode())
                .changing(was, is));
        return after;
    }

    static Map<String, Object> summary(HazardRecord r) {
        HiddenHazard h = r.hazard();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise", h.enterprise().value().toString());
        m.put("origin", h.origin().name());
        m.put("state", h.state().name());
        m.put("location", h.registration().map(Registration::location).orElse(null));
        m.put("category", h.registration().map(Registration::category).orElse(null));
        m.put("grade", h.grade().map(Enum::name).orElse(null));
        m.put("plan", h.plan().map(p -> p.isComplete() ? "complete" : "incomplete").orElse(null));
        m.put("deadline", h.deadline().map(Instant::toString).orElse(null));
        m.put("responsible", r.responsibleName());
        m.put("rectifier", h.rectifier().map(UUID::toString).orElse(null));
        m.put("reopenCount", h.reopenCount());
        m.put("supervision", h.supervision().map(Supervision::documentNumber).orElse(null));
        m.put("explanations", h.explanations().size());
        m.put("reward", r.rewardStatus() == null ? null : r.rewardStatus().name() + " " + r.rewardYuan());
        return m;
    }

    static HazardOrigin originOf(Role role) {
        return switch (role) {
            case ENTERPRISE_OFFICER -> HazardOrigin.SELF_CHECK;
            case GRID_MEMBER -> HazardOrigin.GRID_MEMBER;
            default -> HazardOrigin.INSPECTOR;
        };
    }

    static HazardGrade grade(String text) {
        try {
            return HazardGrade.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("HAZARD_GRADE_UNKNOWN", "error.risk.hazard.grade", String.valueOf(text));
        }
    }

    static String requiredText(String value, String code, String key) {
        String t = text(value);
        if (t == null || t.length() > MAX_TEXT) {
            throw ApiException.badRequest(code, key, MAX_TEXT);
        }
        return t;
    }

    static String limited(String value) {
        String t = text(value);
        if (t != null && t.length() > MAX_TEXT) {
            throw ApiException.badRequest("HAZARD_TEXT_TOO_LONG", "error.risk.hazard.textTooLong", MAX_TEXT);
        }
        return t;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("HAZARD_UNKNOWN", "error.risk.hazard.unknown", id);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
