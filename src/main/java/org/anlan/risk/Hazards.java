package org.anlan.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of hidden_hazard and its step, explanation and photo tables. */
@Repository
class Hazards {

    record Filter(UUID enterprise, String township, HazardState state, HazardGrade grade, boolean openOnly,
                  boolean supervisedOnly) {
    }

    private final JdbcClient jdbc;

    Hazards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HazardRecord> find(Filter f) {
        List<UUID> ids = jdbc.sql("""
                        SELECT id FROM hidden_hazard
                         WHERE (CAST(:enterprise AS uuid) IS NULL OR enterprise_id = :enterprise)
                           AND (CAST(:township AS text) IS NULL OR township_code = :township)
                           AND (CAST(:state AS text) IS NULL OR state = :state)
                           AND (CAST(:grade AS text) IS NULL OR grade = :grade)
                           AND (NOT :open OR state <> 'CLOSED')
                           AND (NOT :supervised OR supervision_document IS NOT NULL)
                         ORDER BY found_at DESC LIMIT 2000""")
                .param("enterprise", f.enterprise()).param("township", f.township())
                .param("state", f.state() == null ? null : f.state().name())
                .param("grade", f.grade() == null ? null : f.grade().name())
                .param("open", f.openOnly()).param("supervised", f.supervisedOnly())
                .query(UUID.class).list();
        return load(ids);
    }

    /** Open hazards whose deadline (the 督办 one for listed items) falls on or before {@code horizon}. */
    List<HazardRecord> openDueBy(Instant horizon) {
        return load(jdbc.sql("""
                        SELECT id FROM hidden_hazard
                         WHERE state <> 'CLOSED' AND coalesce(supervision_deadline, deadline) <= :horizon
                         ORDER BY found_at""")
                .param("horizon", utc(horizon)).query(UUID.class).list());
    }

    Optional<HazardRecord> byId(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    Optional<HazardRecord> lock(UUID id) {
        boolean exists = jdbc.sql("SELECT id FROM hidden_hazard WHERE id = :id FOR UPDATE").param("id", id)
                .query(UUID.class).optional().isPresent();
        return exists ? byId(id) : Optional.empty();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM hidden_hazard WHERE id = :id").param("id", id).query(Integer.class)
                .single() > 0;
    }

    Optional<UUID> byTrackingHash(String hash) {
        return jdbc.sql("SELECT id FROM hidden_hazard WHERE tip_tracking_hash = :h").param("h", hash).query(UUID.class)
                .optional();
    }

    void insert(HazardRecord r, String trackingHash) {
        Map<String, Object> p = params(r);
        p.put("tip", trackingHash);
        jdbc.sql("""
                        INSERT INTO hidden_hazard (id, enterprise_id, township_code, origin, description, state,
                               location, category, grade, judgement_item, plan_objectives, plan_responsibility,
                               plan_measures, plan_funds_yuan, plan_deadline, plan_contingency, responsible_person,
                               responsible_name, deadline, rectifier, reopen_count, last_rejected_at, supervision_level,
                               supervising_unit, responsible_unit, supervision_deadline, supervision_document,
                               escalation_tier, reminded_at, tip_tracking_hash, reward_yuan, reward_status, synthetic,
                               found_at, closed_at, updated_at)
                        VALUES (:id, :enterprise, :township, :origin, :description, :state, :location, :category,
                                :grade, :judgement, :objectives, :responsibility, :measures, :funds, :planDeadline,
                                :contingency, :responsible, :responsibleName, :deadline, :rectifier, :reopen,
                                :rejectedAt, :supLevel, :supUnit, :respUnit, :supDeadline, :supDoc, :tier, :remindedAt,
                                :tip, :reward, :rewardStatus, :synthetic, :foundAt, :closedAt, :updatedAt)""")
                .params(p).update();
        appendChildren(r, 0, 0);
    }

    void update(HazardRecord r) {
        jdbc.sql("""
                        UPDATE hidden_hazard SET state = :state, location = :location, category = :category,
                               grade = :grade, judgement_item = :judgement, plan_objectives = :objectives,
                               plan_responsibility = :responsibility, plan_measures = :measures, plan_funds_yuan = :funds,
                               plan_deadline = :planDeadline, plan_contingency = :contingency,
                               responsible_person = :responsible, responsible_name = :responsibleName,
                               deadline = :deadline, rectifier = :rectifier, reopen_count = :reopen,
                               last_rejected_at = :rejectedAt, supervision_level = :supLevel,
                               supervising_unit = :supUnit, responsible_unit = :respUnit,
                               supervision_deadline = :supDeadline, supervision_document = :supDoc,
                               escalation_tier = :tier, reminded_at = :remindedAt, reward_yuan = :reward,
                               reward_status = :rewardStatus, closed_at = :closedAt, updated_at = :updatedAt
                         WHERE id = :id""")
                .params(params(r)).update();
        int steps = jdbc.sql("SELECT count(*) FROM hidden_hazard_step WHERE hazard_id = :id")
                .param("id", r.hazard().id().value()).query(Integer.class).single();
        int explanations = jdbc.sql("SELECT count(*) FROM hidden_hazard_explanation WHERE hazard_id = :id")
                .param("id", r.hazard().id().value()).query(Integer.class).single();
        appendChildren(r, steps, explanations);
    }

    void insertPhoto(UUID hazard, HazardRecord.HazardPhoto photo, String storedName) {
        jdbc.sql("""
                        INSERT INTO hidden_hazard_photo (id, hazard_id, phase, stored_name, content_type, size_bytes,
                                                         sha256, uploaded_at)
                        VALUES (:id, :hazard, :phase, :stored, :type, :size, :sha, :at)""")
                .param("id", photo.id()).param("hazard", hazard).param("phase", photo.phase())
                .param("stored", storedName).param("type", photo.contentType()).param("size", photo.size())
                .param("sha", photo.sha256()).param("at", utc(photo.uploadedAt())).update();
    }

    Optional<Map.Entry<String, String>> photoFile(UUID hazard, UUID photo) {
        return jdbc.sql("SELECT stored_name, content_type FROM hidden_hazard_photo WHERE id = :p AND hazard_id = :h")
                .param("p", photo).param("h", hazard)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).optional();
    }

    private void appendChildren(HazardRecord r, int knownSteps, int knownExplanations) {
        UUID id = r.hazard().id().value();
        List<HazardStep> history = r.hazard().history();
        for (int i = knownSteps; i < history.size(); i++) {
            HazardStep step = history.get(i);
            jdbc.sql("INSERT INTO hidden_hazard_step (hazard_id, seq, state, actor, at, note) VALUES (:h, :s, :state, :a, :at, :n)")
                    .param("h", id).param("s", i).param("state", step.state().name()).param("a", step.actor())
                    .param("at", utc(step.at())).param("n", step.note()).update();
        }
        List<WrittenExplanation> explanations = r.hazard().explanations();
        for (int i = knownExplanations; i < explanations.size(); i++) {
            WrittenExplanation e = explanations.get(i);
            jdbc.sql("INSERT INTO hidden_hazard_explanation (hazard_id, seq, author, at, text) VALUES (:h, :s, :a, :at, :t)")
                    .param("h", id).param("s", i).param("a", e.author()).param("at", utc(e.at())).param("t", e.text())
                    .update();
        }
    }

    private List<HazardRecord> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, List<HazardStep>> steps = new HashMap<>();
        jdbc.sql("SELECT hazard_id, state, actor, at, note FROM hidden_hazard_step WHERE hazard_id = ANY(:ids) ORDER BY hazard_id, seq")
                .param("ids", array).query(rs -> {
                    steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new HazardStep(
                            HazardState.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), instant(rs, 4),
                            rs.getString(5)));
                });
        Map<UUID, List<WrittenExplanation>> explanations = new HashMap<>();
        jdbc.sql("SELECT hazard_id, author, at, text FROM hidden_hazard_explanation WHERE hazard_id = ANY(:ids) ORDER BY hazard_id, seq")
                .param("ids", array).query(rs -> {
                    explanations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new WrittenExplanation(rs.getObject(2, UUID.class), instant(rs, 3), rs.getString(4)));
                });
        Map<UUID, List<HazardRecord.HazardPhoto>> photos = new HashMap<>();
        jdbc.sql("""
                        SELECT hazard_id, id, phase, content_type, size_bytes, sha256, uploaded_at FROM hidden_hazard_photo
                         WHERE hazard_id = ANY(:ids) ORDER BY uploaded_at, id""")
                .param("ids", array).query(rs -> {
                    photos.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new HazardRecord.HazardPhoto(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                    rs.getLong(5), rs.getString(6), instant(rs, 7)));
                });
        Map<UUID, HazardRecord> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM hidden_hazard WHERE id = ANY(:ids)").param("ids", array).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            byId.put(id, map(rs, steps.getOrDefault(id, List.of()), explanations.getOrDefault(id, List.of()),
                    photos.getOrDefault(id, List.of())));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static HazardRecord map(ResultSet rs, List<HazardStep> history, List<WrittenExplanation> explanations,
                                    List<HazardRecord.HazardPhoto> photos) throws SQLException {
        String location = rs.getString("location");
        List<String> before = photos.stream().filter(p -> p.phase().equals("BEFORE")).map(p -> p.id().toString()).toList();
        List<String> after = photos.stream().filter(p -> p.phase().equals("AFTER")).map(p -> p.id().toString()).toList();
        Registration registration = location == null ? null : new Registration(location, rs.getString("category"), before);
        String grade = rs.getString("grade");
        RectificationPlan plan = rs.getString("plan_objectives") == null && rs.getBigDecimal("plan_funds_yuan") == null
                ? null : new RectificationPlan(rs.getString("plan_objectives"), rs.getString("plan_responsibility"),
                rs.getString("plan_measures"), rs.getBigDecimal("plan_funds_yuan"), instant(rs, "plan_deadline"),
                rs.getString("plan_contingency"));
        String supDoc = rs.getString("supervision_document");
        Supervision supervision = supDoc == null ? null : new Supervision(
                SupervisionLevel.valueOf(rs.getString("supervision_level")), rs.getString("supervising_unit"),
                rs.getString("responsible_unit"), instant(rs, "supervision_deadline"), supDoc);
        HiddenHazard hazard = HiddenHazard.restore(new HiddenHazardId(rs.getObject("id", UUID.class)),
                new EnterpriseId(rs.getObject("enterprise_id", UUID.class)), HazardOrigin.valueOf(rs.getString("origin")),
                rs.getString("description"), HazardState.valueOf(rs.getString("state")), registration,
                grade == null ? null : HazardGrade.valueOf(grade), rs.getString("judgement_item"), plan,
                rs.getObject("responsible_person", UUID.class), instant(rs, "deadline"),
                rs.getObject("rectifier", UUID.class), after, rs.getInt("reopen_count"),
                instant(rs, "last_rejected_at"), supervision, explanations, history);
        String tier = rs.getString("escalation_tier");
        String reward = rs.getString("reward_status");
        return new HazardRecord(hazard, rs.getString("township_code"), rs.getString("responsible_name"),
                tier == null ? null : EscalationTier.valueOf(tier), instant(rs, "reminded_at"),
                rs.getBigDecimal("reward_yuan"), reward == null ? null : HazardRecord.RewardStatus.valueOf(reward), photos,
                rs.getBoolean("synthetic"), instant(rs, "found_at"), instant(rs, "closed_at"));
    }

    private static Map<String, Object> params(HazardRecord r) {
        HiddenHazard h = r.hazard();
        Map<String, Object> p = new HashMap<>();
        p.put("id", h.id().value());
        p.put("enterprise", h.enterprise().value());
        p.put("township", r.townshipCode());
        p.put("origin", h.origin().name());
        p.put("description", h.description());
        p.put("state", h.state().name());
        p.put("location", h.registration().map(Registration::location).orElse(null));
        p.put("category", h.registration().map(Registration::category).orElse(null));
        p.put("grade", h.grade().map(Enum::name).orElse(null));
        p.put("judgement", h.judgementItem().orElse(null));
        Optional<RectificationPlan> plan = h.plan();
        p.put("objectives", plan.map(RectificationPlan::objectives).orElse(null));
        p.put("responsibility", plan.map(RectificationPlan::responsibility).orElse(null));
        p.put("measures", plan.map(RectificationPlan::measures).orElse(null));
        p.put("funds", plan.map(RectificationPlan::fundsYuan).orElse(null));
        p.put("planDeadline", utc(plan.map(RectificationPlan::deadline).orElse(null)));
        p.put("contingency", plan.map(RectificationPlan::contingencyPlan).orElse(null));
        p.put("responsible", h.responsiblePerson().orElse(null));
        p.put("responsibleName", r.responsibleName());
        p.put("deadline", utc(h.rectificationDeadline().orElse(null)));
        p.put("rectifier", h.rectifier().orElse(null));
        p.put("reopen", h.reopenCount());
        p.put("rejectedAt", utc(h.lastRejectedAt().orElse(null)));
        Optional<Supervision> s = h.supervision();
        p.put("supLevel", s.map(x -> x.level().name()).orElse(null));
        p.put("supUnit", s.map(Supervision::supervisingUnit).orElse(null));
        p.put("respUnit", s.map(Supervision::responsibleUnit).orElse(null));
        p.put("supDeadline", utc(s.map(Supervision::deadline).orElse(null)));
        p.put("supDoc", s.map(Supervision::documentNumber).orElse(null));
        p.put("tier", r.escalation() == null ? null : r.escalation().name());
        p.put("remindedAt", utc(r.remindedAt()));
        p.put("reward", r.rewardYuan());
        p.put("rewardStatus", r.rewardStatus() == null ? null : r.rewardStatus().name());
        p.put("synthetic", r.synthetic());
        p.put("foundAt", utc(r.foundAt()));
        p.put("closedAt", utc(r.closedAt()));
        p.put("updatedAt", utc(h.history().get(h.history().size() - 1).at()));
        return p;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
