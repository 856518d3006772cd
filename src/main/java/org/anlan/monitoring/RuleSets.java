package org.anlan.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of monitoring_rule_set: every version is kept; the highest is in force. */
@Repository
class RuleSets {

    private static final TypeReference<List<ThresholdRule>> RULES = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    RuleSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RuleSet> current() {
        return jdbc.sql("SELECT version, rules, note, created_at, created_by FROM monitoring_rule_set ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<RuleSet> version(int version) {
        return jdbc.sql("SELECT version, rules, note, created_at, created_by FROM monitoring_rule_set WHERE version = :v")
                .param("v", version).query((rs, n) -> map(rs)).optional();
    }

    List<RuleSet> history() {
        return jdbc.sql("SELECT version, rules, note, created_at, created_by FROM monitoring_rule_set ORDER BY version DESC")
                .query((rs, n) -> map(rs)).list();
    }

    /** Locks the table so that two concurrent updates cannot both take the same next version. */
    void lock() {
        jdbc.sql("LOCK TABLE monitoring_rule_set IN SHARE ROW EXCLUSIVE MODE").update();
    }

    boolean insertIfAbsent(RuleSet set) {
        return jdbc.sql("""
                        INSERT INTO monitoring_rule_set (version, rules, note, created_at, created_by)
                        VALUES (:version, CAST(:rules AS jsonb), :note, :at, :by) ON CONFLICT DO NOTHING""")
                .param("version", set.version()).param("rules", json.writeValueAsString(set.rules()))
                .param("note", set.note()).param("at", OffsetDateTime.ofInstant(set.createdAt(), ZoneOffset.UTC))
                .param("by", set.createdBy())
                .update() == 1;
    }

    private RuleSet map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RuleSet(rs.getInt("version"), json.readValue(rs.getString("rules"), RULES), rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }
}
