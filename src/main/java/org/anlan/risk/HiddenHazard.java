package org.anlan.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;

/**
 * 事故隐患, the immutable aggregate of the closed loop (§2.3, HZ-WF-01): every transition returns a new
 * hazard or throws {@link RiskRuleException} with a stable code. Time always comes from the caller.
 */
public final class HiddenHazard {

    private final HiddenHazardId id;
    private final EnterpriseId enterprise;
    private final HazardOrigin origin;
    private final String description;
    private final HazardState state;
    private final Registration registration;
    private final HazardGrade grade;
    private final String judgementItem;
    private final RectificationPlan plan;
    private final UUID responsiblePerson;
    private final Instant deadline;
    private final UUID rectifier;
    private final List<String> afterPhotos;
    private final int reopenCount;
    private final Instant lastRejectedAt;
    private final Supervision supervision;
    private final List<WrittenExplanation> explanations;
    private final List<HazardStep> history;

    private HiddenHazard(Draft d) {
        id = d.id;
        enterprise = d.enterprise;
        origin = d.origin;
        description = d.description;
        state = d.state;
        registration = d.registration;
        grade = d.grade;
        judgementItem = d.judgementItem;
        plan = d.plan;
        responsiblePerson = d.responsiblePerson;
        deadline = d.deadline;
        rectifier = d.rectifier;
        afterPhotos = List.copyOf(d.afterPhotos);
        reopenCount = d.reopenCount;
        lastRejectedAt = d.lastRejectedAt;
        supervision = d.supervision;
        explanations = List.copyOf(d.explanations);
        history = List.copyOf(d.history);
    }

    /** 排查: a hazard is found. Only a public tip-off may come without a finder (anonymous 举报). */
    public static HiddenHazard discover(HiddenHazardId id, EnterpriseId enterprise, HazardOrigin origin,
            String description, UUID finder, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
        if (finder == null && origin != HazardOrigin.PUBLIC_TIP_OFF) {
            throw new RiskRuleException(RiskError.REGISTRATION_INCOMPLETE, "只有群众举报可以匿名");
        }
        Draft d = new Draft();
        d.id = id;
        d.enterprise = enterprise;
        d.origin = origin;
        d.description = description;
        return d.to(HazardState.DISCOVERED, finder, at, origin.label());
    }

    /** Rebuilds a stored hazard as it was saved; the rules ran when it changed, so none is checked here. */
    static HiddenHazard restore(HiddenHazardId id, EnterpriseId enterprise, HazardOrigin origin, String description,
            HazardState state, Registration registration, HazardGrade grade, String judgementItem,
            RectificationPlan plan, UUID responsiblePerson, Instant deadline, UUID rectifier, List<String> afterPhotos,
            int reopenCount, Instant lastRejectedAt, Supervision supervision, List<WrittenExplanation> explanations,
            List<HazardStep> history) {
        return new HiddenHazard(Draft.of(id, enterprise, origin, description, state, registration, grade,
                judgementItem, plan, responsiblePerson, deadline, rectifier, afterPhotos, reopenCount, lastRejectedAt,
                supervision, explanations, history));
    }

    /** 登记 (HZ-LAW-01). */
    public HiddenHazard register(Registration details, UUID by, Instant at) {
        requireState(HazardState.DISCOVERED, "登记");
        Draft d = draft();
        d.registration = Objects.requireNonNull(details, "details");
        return d.to(HazardState.REGISTERED, by, at, details.category());
    }

    /** 评估定级 (HZ-DEF-01/02); for 重大 the 判定标准 item that decided it is recorded when given (HZ-DEF-03). */
    public HiddenHazard grade(HazardGrade level, String judgementItem, UUID by, Instant at) {
        requireState(HazardState.REGISTERED, "定级");
        Draft d = draft();
        d.grade = Objects.requireNonNull(level, "level");
        d.judgementItem = judgementItem;
        return d.to(HazardState.GRADED, by, at, level.label());
    }

    /** 治理方案 of a 重大事故隐患, approved only when every item is present (HZ-LAW-03, HZ-LAW-04). */
    public HiddenHazard approvePlan(RectificationPlan proposed, UUID approver, Instant at) {
        requireState(HazardState.GRADED, "批准治理方案");
        if (grade != HazardGrade.MAJOR) {
            throw new RiskRuleException(RiskError.PLAN_ONLY_FOR_MAJOR, id.value().toString());
        }
        if (!proposed.isComplete()) {
            throw new RiskRuleException(RiskError.PLAN_INCOMPLETE,
                    "缺少 " + proposed.missingItems().stream().map(PlanItem::label).toList());
        }
        Draft d = draft();
        d.plan = proposed;
        d.deadline = proposed.deadline();
        return d.to(HazardState.PLAN_APPROVED, approver, at, "五落实");
    }

    /**
     * 整改 starts with a responsible person and a deadline; a 重大 hazard needs its approved plan first and
     * takes the plan's deadline when none is given (§2.3).
     */
    public HiddenHazard startRectification(UUID responsible, Instant dueBy, UUID by, Instant at) {
        if (state == HazardState.GRADED && grade == HazardGrade.MAJOR) {
            throw new RiskRuleException(RiskError.PLAN_REQUIRED, id.value().toString());
        }
        boolean general = state == HazardState.GRADED && grade == HazardGrade.GENERAL;
        if (!general && state != HazardState.PLAN_APPROVED) {
            throw notAllowed("开始整改");
        }
        Instant effectiveDeadline = dueBy != null ? dueBy : deadline;
        if (responsible == null || effectiveDeadline == null) {
            throw new RiskRuleException(RiskError.DEADLINE_REQUIRED, id.value().toString());
        }
        Draft d = draft();
        d.responsiblePerson = responsible;
        d.deadline = effectiveDeadline;
        return d.to(HazardState.RECTIFYING, by, at, "期限 " + effectiveDeadline);
    }

    /** 整改完成, submitted for 验收; the submitter is the rectifier, who may not verify it. */
    public HiddenHazard submitRectification(UUID rectifiedBy, List<String> photosAfter, Instant at) {
        requireState(HazardState.RECTIFYING, "提交验收");
        Draft d = draft();
        d.rectifier = Objects.requireNonNull(rectifiedBy, "rectifiedBy");
        d.afterPhotos = photosAfter == null ? List.of() : List.copyOf(photosAfter);
        return d.to(HazardState.VERIFYING, rectifiedBy, at, "整改完成");
    }

    /**
     * 验收通过 → 销号 (HZ-WF-01): by someone other than the rectifier; a 挂牌督办 item also needs its
     * 评估报告 (HZ-LAW-06).
     */
    public HiddenHazard accept(UUID verifier, String assessmentReport, Instant at) {
        requireVerifier(verifier);
        if (supervision != null && (assessmentReport == null || assessmentReport.isBlank())) {
            throw new RiskRuleException(RiskError.ASSESSMENT_REPORT_REQUIRED, supervision.documentNumber());
        }
        return draft().to(HazardState.CLOSED, verifier, at, assessmentReport == null ? "验收通过" : assessmentReport);
    }

    /** 验收不通过: back to 整改, counted as a reopening (§2.3 test vector d). */
    public HiddenHazard reject(UUID verifier, String reason, Instant at) {
        requireVerifier(verifier);
        Draft d = draft();
        d.reopenCount = reopenCount + 1;
        d.lastRejectedAt = at;
        d.rectifier = null;
        return d.to(HazardState.RECTIFYING, verifier, at, reason);
    }

    /** 挂牌督办 (HZ-WF-04): only a 重大 hazard that is still open. */
    public HiddenHazard superviseUnder(Supervision listing, UUID by, Instant at) {
        if (grade != HazardGrade.MAJOR || state == HazardState.CLOSED) {
            throw new RiskRuleException(RiskError.SUPERVISION_ONLY_FOR_MAJOR, id.value().toString());
        }
        Draft d = draft();
        d.supervision = Objects.requireNonNull(listing, "listing");
        d.history.add(new HazardStep(state, by, at, "挂牌督办 " + listing.documentNumber()));
        return new HiddenHazard(d);
    }

    /** 书面说明 to the supervising body (HZ-WF-02); the item stays open. */
    public HiddenHazard explain(UUID author, String text, Instant at) {
        if (supervision == null || state == HazardState.CLOSED) {
            throw notAllowed("书面说明");
        }
        Draft d = draft();
        d.explanations.add(new WrittenExplanation(author, at, text));
        return new HiddenHazard(d);
    }

    /** The deadline that counts: the 督办 deadline for a listed item, else the rectification deadline. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(supervision != null ? supervision.deadline() : deadline);
    }

    /** Open and past its deadline at {@code now} (HZ-WF-03); a closed hazard is never overdue. */
    public boolean isOverdueAt(Instant now) {
        return state != HazardState.CLOSED && deadline().map(now::isAfter).orElse(false);
    }

    /**
     * A listed item that is overdue or has failed 验收 owes a written explanation made after that happened
     * (HZ-WF-02); it is never closed for want of one.
     */
    public boolean needsWrittenExplanationAt(Instant now) {
        if (supervision == null || state == HazardState.CLOSED) {
            return false;
        }
        Instant trigger = null;
        if (isOverdueAt(now)) {
            trigger = supervision.deadline();
        }
        if (lastRejectedAt != null && (trigger == null || lastRejectedAt.isAfter(trigger))) {
            trigger = lastRejectedAt;
        }
        if (trigger == null) {
            return false;
        }
        Instant since = trigger;
        return explanations.stream().noneMatch(e -> !e.at().isBefore(since));
    }

    private void requireVerifier(UUID verifier) {
        requireState(HazardState.VERIFYING, "验收");
        if (verifier == null || verifier.equals(rectifier)) {
            throw new RiskRuleException(RiskError.VERIFIER_IS_RECTIFIER, id.value().toString());
        }
    }

    private void requireState(HazardState expected, String action) {
        if (state != expected) {
            throw notAllowed(action);
        }
    }

    private RiskRuleException notAllowed(String action) {
        return new RiskRuleException(RiskError.TRANSITION_NOT_ALLOWED, state.label() + " 状态不能" + action);
    }

    private Draft draft() {
        return Draft.of(id, enterprise, origin, description, state, registration, grade, judgementItem, plan,
                responsiblePerson, deadline, rectifier, afterPhotos, reopenCount, lastRejectedAt, supervision,
                explanations, history);
    }

    public HiddenHazardId id() {
        return id;
    }

    public EnterpriseId enterprise() {
        return enterprise;
    }

    public HazardOrigin origin() {
        return origin;
    }

    public String description() {
        return description;
    }

    public HazardState state() {
        return state;
    }

    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    public Optional<HazardGrade> grade() {
        return Optional.ofNullable(grade);
    }

    public Optional<String> judgementItem() {
        return Optional.ofNullable(judgementItem);
    }

    public Optional<RectificationPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public Optional<UUID> responsiblePerson() {
        return Optional.ofNullable(responsiblePerson);
    }

    public Optional<UUID> rectifier() {
        return Optional.ofNullable(rectifier);
    }

    public List<String> afterPhotos() {
        return afterPhotos;
    }

    /** The rectification deadline itself, whatever a 督办 listing says. */
    Optional<Instant> rectificationDeadline() {
        return Optional.ofNullable(deadline);
    }

    Optional<Instant> lastRejectedAt() {
        return Optional.ofNullable(lastRejectedAt);
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Optional<Supervision> supervision() {
        return Optional.ofNullable(supervision);
    }

    public List<WrittenExplanation> explanations() {
        return explanations;
    }

    public List<HazardStep> history() {
        return history;
    }

    private static final class Draft {
        HiddenHazardId id;
        EnterpriseId enterprise;
        HazardOrigin origin;
        String description;
        HazardState state;
        Registration registration;
        HazardGrade grade;
        String judgementItem;
        RectificationPlan plan;
        UUID responsiblePerson;
        Instant deadline;
        UUID rectifier;
        List<String> afterPhotos = List.of();
        int reopenCount;
        Instant lastRejectedAt;
        Supervision supervision;
        List<WrittenExplanation> explanations = new ArrayList<>();
        List<HazardStep> history = new ArrayList<>();

        static Draft of(HiddenHazardId id, EnterpriseId enterprise, HazardOrigin origin, String description,
                HazardState state, Registration registration, HazardGrade grade, String judgementItem,
                RectificationPlan plan, UUID responsiblePerson, Instant deadline, UUID rectifier,
                List<String> afterPhotos, int reopenCount, Instant lastRejectedAt, Supervision supervision,
                List<WrittenExplanation> explanations, List<HazardStep> history) {
            Draft d = new Draft();
            d.id = id;
            d.enterprise = enterprise;
            d.origin = origin;
            d.description = description;
            d.state = state;
            d.registration = registration;
            d.grade = grade;
            d.judgementItem = judgementItem;
            d.plan = plan;
            d.responsiblePerson = responsiblePerson;
            d.deadline = deadline;
            d.rectifier = rectifier;
            d.afterPhotos = afterPhotos;
            d.reopenCount = reopenCount;
            d.lastRejectedAt = lastRejectedAt;
            d.supervision = supervision;
            d.explanations = new ArrayList<>(explanations);
            d.history = new ArrayList<>(history);
            return d;
        }

        HiddenHazard to(HazardState next, UUID actor, Instant at, String note) {
            state = next;
            history.add(new HazardStep(next, actor, Objects.requireNonNull(at, "at"), note));
            return new HiddenHazard(this);
        }
    }
}
