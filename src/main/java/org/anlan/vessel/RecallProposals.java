package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of recall_proposal. */
@Repository
class RecallProposals {

    private final JdbcClient jdbc;

    RecallProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String warningId, int version) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM recall_proposal WHERE warning_id = :w AND warning_version = :v)")
                .param("w", warningId).param("v", version).query(Boolean.class).single();
    }

    void insert(RecallProposal p) {
        jdbc.sql("""
                        INSERT INTO recall_proposal (id, warning_id, warning_version, warning_level, track_id, track_name,
                                                     wind_level, horizon_hours, proposed_at, vessels, unplaced, status)
                        VALUES (:id, :warning, :version, :level, :track, :name, :wind, :hours, :at, :vessels, :unplaced,
                                :status)""")
                .param("id", p.id()).param("warning", p.warningId()).param("version", p.warningVersion())
                .param("level", p.warningLevel()).param("track", p.trackId()).param("name", p.trackName())
                .param("wind", p.windLevel()).param("hours", p.horizonHours()).param("at", Vessels.utc(p.proposedAt()))
                .param("vessels", p.vessels()).param("unplaced", p.unplaced()).param("status", p.status().name())
                .update();
    }

    Optional<RecallProposal> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM recall_proposal WHERE id = :id FOR UPDATE").param("id", id)
                .query(RecallProposals::map).optional();
    }

    List<RecallProposal> recent(int limit) {
        return jdbc.sql("SELECT * FROM recall_proposal ORDER BY proposed_at DESC LIMIT :limit").param("limit", limit)
                .query(RecallProposals::map).list();
    }

    void decide(UUID id, RecallProposal.Status status, java.time.Instant at, String by, UUID recallId) {
        jdbc.sql("""
                        UPDATE recall_proposal SET status = :status, decided_at = :at, decided_by = :by, recall_id = :recall
                         WHERE id = :id AND status = 'PENDING'""")
                .param("status", status.name()).param("at", Vessels.utc(at)).param("by", by).param("recall", recallId)
                .param("id", id).update();
    }

    private static RecallProposal map(ResultSet rs, int row) throws SQLException {
        return new RecallProposal(rs.getObject("id", UUID.class), rs.getString("warning_id"), rs.getInt("warning_version"),
                rs.getString("warning_level"), rs.getObject("track_id", UUID.class), rs.getString("track_name"),
                rs.getInt("wind_level"), rs.getInt("horizon_hours"), Vessels.instant(rs, "proposed_at"),
                rs.getInt("vessels"), rs.getInt("unplaced"), RecallProposal.Status.valueOf(rs.getString("status")),
                Vessels.instant(rs, "decided_at"), rs.getString("decided_by"), rs.getObject("recall_id", UUID.class));
    }
}
