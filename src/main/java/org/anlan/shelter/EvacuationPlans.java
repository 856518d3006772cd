package org.anlan.shelter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of evacuation_plan and evacuation_assignment. */
@Repository
class EvacuationPlans {

    private final JdbcClient jdbc;

    EvacuationPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String warningId, int version) {
        return jdbc.sql("SELECT count(*) FROM evacuation_plan WHERE warning_id = :w AND warning_version = :v")
                .param("w", warningId).param("v", version).query(Long.class).single() > 0;
    }

    /** Inserts the plan unless one exists for the warning version (a redelivered event); true when inserted. */
    boolean insert(StoredEvacuationPlan p) {
        int inserted = jdbc.sql("""
                        INSERT INTO evacuation_plan (id, warning_id, warning_version, hazard, level, total_cost_km, people,
                                                     assigned, unassigned, villages_without_location, created_at)
                        VALUES (:id, :w, :v, :hazard, :level, :cost, :people, :assigned, :unassigned, :noLocation, :at)
                        ON CONFLICT (warning_id, warning_version) DO NOTHING""")
                .param("id", p.id()).param("w", p.warningId()).param("v", p.warningVersion()).param("hazard", p.hazard())
                .param("level", p.level()).param("cost", p.totalCostKm()).param("people", p.people())
                .param("assigned", p.assigned()).param("unassigned", p.unassigned())
                .param("noLocation", p.villagesWithoutLocation()).param("at", Shelters.utc(p.createdAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (StoredEvacuationPlan.Line line : p.lines()) {
            jdbc.sql("""
                            INSERT INTO evacuation_assignment (plan_id, village_id, village_name, township_code, shelter_id, people)
                            VALUES (:plan, :village, :name, :township, :shelter, :people)""")
                    .param("plan", p.id()).param("village", line.villageId()).param("name", line.villageName())
                    .param("township", line.townshipCode()).param("shelter", line.shelterId())
                    .param("people", line.people())
                    .update();
        }
        return true;
    }

    List<StoredEvacuationPlan> latest(int limit) {
        return jdbc.sql("SELECT id FROM evacuation_plan ORDER BY created_at DESC, warning_id LIMIT :limit")
                .param("limit", limit).query(UUID.class).list().stream().map(id -> byId(id).orElseThrow()).toList();
    }

    Optional<StoredEvacuationPlan> byWarning(String warningId, int version) {
        return jdbc.sql("SELECT id FROM evacuation_plan WHERE warning_id = :w AND warning_version = :v")
                .param("w", warningId).param("v", version).query(UUID.class).optional().flatMap(this::byId);
    }

    Optional<StoredEvacuationPlan> byId(UUID id) {
        List<StoredEvacuationPlan.Line> lines = jdbc.sql("""
                        SELECT * FROM evacuation_assignment WHERE plan_id = :id
                         ORDER BY township_code, village_name, shelter_id NULLS LAST""")
                .param("id", id)
                .query((rs, row) -> new StoredEvacuationPlan.Line(rs.getObject("village_id", UUID.class),
                        rs.getString("village_name"), rs.getString("township_code"), rs.getObject("shelter_id", UUID.class),
                        rs.getLong("people"))).list();
        return jdbc.sql("SELECT * FROM evacuation_plan WHERE id = :id").param("id", id)
                .query((rs, row) -> plan(rs, lines)).optional();
    }

    private static StoredEvacuationPlan plan(ResultSet rs, List<StoredEvacuationPlan.Line> lines) throws SQLException {
        return new StoredEvacuationPlan(rs.getObject("id", UUID.class), rs.getString("warning_id"),
                rs.getInt("warning_version"), rs.getString("hazard"), rs.getString("level"),
                rs.getDouble("total_cost_km"), rs.getLong("people"), rs.getLong("assigned"), rs.getLong("unassigned"),
                rs.getInt("villages_without_location"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), lines);
    }
}
