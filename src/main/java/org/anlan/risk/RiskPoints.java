package org.anlan.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of risk_point. */
@Repository
class RiskPoints {

    private static final String COLUMNS = """
            id, enterprise_id, township_code, name, place, activity, hazard_kind, method, factor_l, factor_e, factor_c,
            factor_s, score, level, variant, control_measures, responsible_person, control_level, review_days,
            next_review, active, synthetic, created_at, updated_at""";

    private final JdbcClient jdbc;

    RiskPoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Risk points filtered by any of enterprise, township, level; inactive ones only when asked. */
    List<RiskPoint> find(UUID enterprise, String township, RiskLevel level, boolean includeInactive, LocalDate dueBy) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM risk_point
                        WHERE (CAST(:enterprise AS uuid) IS NULL OR enterprise_id = :enterprise)
                          AND (CAST(:township AS text) IS NULL OR township_code = :township)
                          AND (CAST(:level AS text) IS NULL OR level = :level)
                          AND (:inactive OR active)
                          AND (CAST(:dueBy AS date) IS NULL OR (active AND next_review <= :dueBy))
                        ORDER BY array_position(ARRAY['MAJOR','LARGE','GENERAL','LOW'], level), name
                        LIMIT 5000""")
                .param("enterprise", enterprise).param("township", township)
                .param("level", level == null ? null : level.name()).param("inactive", includeInactive)
                .param("dueBy", dueBy)
                .query(RiskPoints::map).list();
    }

    Optional<RiskPoint> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk_point WHERE id = :id").param("id", id)
                .query(RiskPoints::map).optional();
    }

    Optional<RiskPoint> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk_point WHERE id = :id FOR UPDATE").param("id", id)
                .query(RiskPoints::map).optional();
    }

    boolean insertIfAbsent(RiskPoint p) {
        return jdbc.sql("""
                        INSERT INTO risk_point (id, enterprise_id, township_code, name, place, activity, hazard_kind,
                               method, factor_l, factor_e, factor_c, factor_s, score, level, variant, control_measures,
                               responsible_person, control_level, review_days, next_review, active, synthetic,
                               created_at, updated_at)
                        VALUES (:id, :enterprise, :township, :name, :place, :activity, :hazardKind, :method, :l, :e,
                                :c, :s, :score, :level, :variant, :measures, :responsible, :controlLevel, :reviewDays,
                                :nextReview, :active, :synthetic, :createdAt, :updatedAt)
                        ON CONFLICT DO NOTHING""")
                .paramSource(params(p)).update() == 1;
    }

    void update(RiskPoint p) {
        jdbc.sql("""
                        UPDATE risk_point SET township_code = :township, name = :name, place = :place,
                               activity = :activity, hazard_kind = :hazardKind, method = :method, factor_l = :l,
                               factor_e = :e, factor_c = :c, factor_s = :s, score = :score, level = :level,
                               variant = :variant, control_measures = :measures, responsible_person = :responsible,
                               control_level = :controlLevel, review_days = :reviewDays, next_review = :nextReview,
                               active = :active, updated_at = :updatedAt
                         WHERE id = :id""")
                .paramSource(params(p)).update();
    }

    private static Map<String, Object> params(RiskPoint p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("enterprise", p.enterprise().value());
        m.put("township", p.townshipCode());
        m.put("name", p.name());
        m.put("place", p.place());
        m.put("activity", p.activity());
        m.put("hazardKind", p.hazardKind());
        m.put("method", p.method());
        m.put("l", p.l());
        m.put("e", p.e());
        m.put("c", p.c());
        m.put("s", p.s());
        m.put("score", p.score());
        m.put("level", p.level().name());
        m.put("variant", p.variant());
        m.put("measures", p.controlMeasures());
        m.put("responsible", p.responsiblePerson());
        m.put("controlLevel", p.controlLevel());
        m.put("reviewDays", p.reviewDays());
        m.put("nextReview", p.nextReview());
        m.put("active", p.active());
        m.put("synthetic", p.synthetic());
        m.put("createdAt", p.createdAt().atOffset(ZoneOffset.UTC));
        m.put("updatedAt", p.updatedAt().atOffset(ZoneOffset.UTC));
        return m;
    }

    private static RiskPoint map(ResultSet rs, int row) throws SQLException {
        return new RiskPoint(rs.getObject("id", UUID.class), new EnterpriseId(rs.getObject("enterprise_id", UUID.class)),
                rs.getString("township_code"), rs.getString("name"), rs.getString("place"), rs.getString("activity"),
                rs.getString("hazard_kind"), rs.getString("method"), rs.getBigDecimal("factor_l"),
                rs.getBigDecimal("factor_e"), rs.getBigDecimal("factor_c"), rs.getBigDecimal("factor_s"),
                rs.getBigDecimal("score"), RiskLevel.valueOf(rs.getString("level")), rs.getString("variant"),
                rs.getString("control_measures"), rs.getString("responsible_person"), rs.getString("control_level"),
                rs.getInt("review_days"), rs.getObject("next_review", LocalDate.class), rs.getBoolean("active"),
                rs.getBoolean("synthetic"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
