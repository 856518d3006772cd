package org.anlan.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of duty_log_entry: insert and read only (the table refuses updates and deletes). */
@Repository
class DutyLogEntries {

    static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;

    DutyLogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DutyLogEntry e) {
        jdbc.sql("""
                INSERT INTO duty_log_entry (id, at, author, kind, caller_name, caller_phone, summary, incident_id, shift_id)
                VALUES (:id, :at, :author, :kind, :callerName, :callerPhone, :summary, :incidentId, :shiftId)""")
                .param("id", e.id()).param("at", Shifts.at(e.at())).param("author", e.author())
                .param("kind", e.kind().name()).param("callerName", e.callerName()).param("callerPhone", e.callerPhone())
                .param("summary", e.summary()).param("incidentId", e.incidentId()).param("shiftId", e.shiftId())
                .update();
    }

    /** Newest first; {@code from}/{@code to}, {@code shiftId} and {@code kind} are optional filters. */
    List<DutyLogEntry> find(Instant from, Instant to, UUID shiftId, DutyLogKind kind) {
        return jdbc.sql("""
                SELECT * FROM duty_log_entry
                WHERE (CAST(:from AS TIMESTAMPTZ) IS NULL OR at >= :from)
                  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR at < :to)
                  AND (CAST(:shiftId AS UUID) IS NULL OR shift_id = :shiftId)
                  AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
                ORDER BY at DESC, id LIMIT :limit""")
                .param("from", from == null ? null : Shifts.at(from)).param("to", to == null ? null : Shifts.at(to))
                .param("shiftId", shiftId).param("kind", kind == null ? null : kind.name())
                .param("limit", MAX_ROWS)
                .query(DutyLogEntries::entry).list();
    }

    private static DutyLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new DutyLogEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("author"),
                DutyLogKind.valueOf(rs.getString("kind")), rs.getString("caller_name"), rs.getString("caller_phone"),
                rs.getString("summary"), rs.getString("incident_id"), rs.getObject("shift_id", UUID.class));
    }
}
