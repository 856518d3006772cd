package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 风险分级管控: risk points of enterprises, graded by LEC or the LS matrix, with control measures, responsible
 * person and level, and a review cycle. The enterprise's own officer, inspectors, its township's officers and
 * administrators record and change them; every change is audited and moves the four-colour map.
 */
@Service
public class RiskRegister {

    static final Role[] CHANGERS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.ENTERPRISE_OFFICER};
    static final int DEFAULT_REVIEW_DAYS = 365;
    private static final int MAX_TEXT = 500;

    private final RiskPoints points;
    private final EnterpriseScope scope;
    private final RiskGrading grading;
    private final RiskMapIndex map;
    private final AuditTrail audit;
    private final Clock clock;

    RiskRegister(RiskPoints points, EnterpriseScope scope, RiskGrading grading, RiskMapIndex map, AuditTrail audit,
                 Clock clock) {
        this.points = points;
        this.scope = scope;
        this.grading = grading;
        this.map = map;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskPoint> list(UUID enterprise, String township, RiskLevel level, boolean includeInactive,
                                boolean reviewDueOnly) {
        EnterpriseScope.Filter filter = scope.filter(enterprise, township);
        return points.find(filter.enterprise(), filter.township(), level, includeInactive,
                reviewDueOnly ? LocalDate.now(clock) : null);
    }

    @Transactional(readOnly = true)
    public RiskPoint require(UUID id) {
        RiskPoint point = points.byId(id).orElseThrow(() -> unknown(id));
        scope.readable(point.enterprise().value());
        return point;
    }

    @Transactional
    public RiskPoint record(UUID enterpriseId, RiskPointDraft draft) {
        Enterprise enterprise = scope.changeable(enterpriseId, CHANGERS);
        Instant now = now();
        RiskPoint point = build(UUID.randomUUID(), enterprise, draft, true, false, now, now);
        points.insertIfAbsent(point);
        map.pointChanged(Optional.empty(), Optional.of(point.standing()));
        audit.record(AuditRecord.of("RISK_POINT_CREATE", "RiskPoint", point.id().toString())
                .inTownship(point.townshipCode()).changing(null, summary(point)));
        return point;
    }

    /** Records a synthetic demo risk point unless its id exists (demo seed; audited as the system). */
    @Transactional
    public boolean recordSynthetic(UUID id, Enterprise enterprise, RiskPointDraft draft) {
        if (points.byId(id).isPresent()) {
            return false;
        }
        Instant now = now();
        RiskPoint point = build(id, enterprise, draft, true, true, now, now);
        points.insertIfAbsent(point);
        map.pointChanged(Optional.empty(), Optional.of(point.standing()));
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("RISK_POINT_CREATE", "RiskPoint",
                id.toString()).inTownship(point.townshipCode()).changing(null, summary(point)));
        return true;
    }

    /** Re-assesses or changes a risk point; the next review counts from today. */
    @Transactional
    public RiskPoint update(UUID id, RiskPointDraft draft) {
        RiskPoint before = points.lock(id).orElseThrow(() -> unknown(id));
        Enterprise enterprise = scope.changeable(before.enterprise().value(), CHANGERS);
        RiskPoint after = build(id, enterprise, draft, before.active(), before.synthetic(), before.createdAt(), now());
        return save(before, after, "RISK_POINT_UPDATE");
    }

    /** 复评: the point was reviewed as it stands; its next review moves one cycle on. */
    @Transactional
    public RiskPoint reviewed(UUID id) {
        RiskPoint before = points.lock(id).orElseThrow(() -> unknown(id));
        scope.changeable(before.enterprise().value(), CHANGERS);
        RiskPoint after = copy(before, before.active(), LocalDate.now(clock).plusDays(before.reviewDays()));
        return save(before, after, "RISK_POINT_REVIEW");
    }

    /** Takes a point out of (or back into) the register; an inactive point no longer colours the map. */
    @Transactional
    public RiskPoint setActive(UUID id, boolean active) {
        RiskPoint before = points.lock(id).orElseThrow(() -> unknown(id));
        scope.changeable(before.enterprise().value(), CHANGERS);
        if (before.active() == active) {
            return before;
        }
        return save(before, copy(before, active, before.nextReview()), active ? "RISK_POINT_RESTORE" : "RISK_POINT_ARCHIVE");
    }

    private RiskPoint save(RiskPoint before, RiskPoint after, String action) {
        points.update(after);
        map.pointChanged(Optional.of(before.standing()), Optional.of(after.standing()));
        Map<String, Object> was = summary(before);
        Map<String, Object> is = summary(after);
        AuditDiff.keepDifferences(was, is);
        audit.record(AuditRecord.of(action, "RiskPoint", after.id().toString()).inTownship(after.townshipCode())
                .changing(was, is));
        return after;
    }

    private RiskPoint copy(RiskPoint p, boolean active, LocalDate nextReview) {
        return new RiskPoint(p.id(), p.enterprise(), p.townshipCode(), p.name(), p.place(), p.activity(),
                p.hazardKind(), p.method(), p.l(), p.e(), p.c(), p.s(), p.score(), p.level(), p.variant(),
                p.controlMeasures(), p.responsiblePerson(), p.controlLevel(), p.reviewDays(), nextReview, active,
                p.synthetic(), p.createdAt(), now());
    }

    private RiskPoint build(UUID id, Enterprise enterprise, RiskPointDraft d, boolean active, boolean synthetic,
                            Instant createdAt, Instant updatedAt) {
        if (d == null) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        String name = text(d.name());
        if (name == null || name.length() > 100) {
            throw ApiException.badRequest("RISK_POINT_NAME_INVALID", "error.risk.pointName", 100);
        }
        for (String field : new String[] {d.place(), d.activity(), d.hazardKind(), d.controlMeasures(),
                d.responsiblePerson(), d.controlLevel()}) {
            if (field != null && field.length() > MAX_TEXT) {
                throw ApiException.badRequest("RISK_POINT_TEXT_TOO_LONG", "error.risk.textTooLong", MAX_TEXT);
            }
        }
        int reviewDays = d.reviewDays() == null ? DEFAULT_REVIEW_DAYS : d.reviewDays();
        if (reviewDays < 1 || reviewDays > 3660) {
            throw ApiException.badRequest("RISK_POINT_REVIEW_INVALID", "error.risk.reviewDays");
        }
        String method = text(d.method()) == null ? "LEC" : d.method().strip().toUpperCase(Locale.ROOT);
        BigDecimal l;
        BigDecimal e = null;
        BigDecimal c = null;
        BigDecimal s = null;
        BigDecimal score;
        RiskLevel level;
        String variant;
        switch (method) {
            case "LEC" -> {
                LecAssessment a = grading.lec(d.l(), d.e(), d.c());
                l = a.likelihood();
                e = a.exposure();
                c = a.consequence();
                score = a.score();
                level = a.level();
                variant = "LEC Graham-Kinney";
            }
            case "LS" -> {
                LsMatrixAssessment a = grading.ls(wholeFactor(d.l()), wholeFactor(d.s()));
                l = BigDecimal.valueOf(a.likelihood());
                s = BigDecimal.valueOf(a.severity());
                score = BigDecimal.valueOf(a.score());
                level = a.level();
                variant = "LS " + a.bandingVariant();
            }
            default -> throw ApiException.badRequest("RISK_METHOD_UNKNOWN", "error.risk.method", method);
        }
        String controlLevel = text(d.controlLevel()) != null ? d.controlLevel().strip() : ControlLevels.of(level);
        return new RiskPoint(id, enterprise.id(), enterprise.townshipCode(), name, text(d.place()), text(d.activity()),
                text(d.hazardKind()), method, l, e, c, s, score, level, variant, text(d.controlMeasures()),
                text(d.responsiblePerson()), controlLevel, reviewDays, LocalDate.now(clock).plusDays(reviewDays),
                active, synthetic, createdAt, updatedAt);
    }

    private static Integer wholeFactor(BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new RiskRuleException(RiskError.LS_FACTOR_OUT_OF_RANGE, value.toPlainString());
        }
    }

    static Map<String, Object> summary(RiskPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise", p.enterprise().value().toString());
        m.put("name", p.name());
        m.put("place", p.place());
        m.put("activity", p.activity());
        m.put("hazardKind", p.hazardKind());
        m.put("method", p.method());
        m.put("factors", p.method().equals("LEC") ? p.l() + "×" + p.e() + "×" + p.c() : p.l() + "×" + p.s());
        m.put("score", p.score().toPlainString());
        m.put("level", p.level().name());
        m.put("variant", p.variant());
        m.put("controlMeasures", p.controlMeasures());
        m.put("responsiblePerson", p.responsiblePerson());
        m.put("controlLevel", p.controlLevel());
        m.put("reviewDays", p.reviewDays());
        m.put("nextReview", p.nextReview().toString());
        m.put("active", p.active());
        return m;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("RISK_POINT_UNKNOWN", "error.risk.pointUnknown", id);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
