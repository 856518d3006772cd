package org.anlan.duty;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of duty_shift and duty_handover. */
@Repository
class Shifts {

    private static final long ROSTER_LOCK = 0x6475747952L; // "dutyR": serialises roster changes for the conflict check

    private final JdbcClient jdbc;

    Shifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockRoster() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", ROSTER_LOCK).query((rs, n) -> 1).list();
    }

    Optional<DutyShift> byId(UUID id) {
        return jdbc.sql("SELECT * FROM duty_shift WHERE id = :id").param("id", id).query(Shifts::shift).optional();
    }

    /** Shifts whose window overlaps [start, end). */
    List<DutyShift> overlapping(Instant start, Instant end) {
        return jdbc.sql("""
                SELECT * FROM duty_shift WHERE starts_at < :end AND ends_at > :start ORDER BY starts_at, id""")
                .param("start", at(start)).param("end", at(end))
                .query(Shifts::shift).list();
    }

    List<DutyShift> onDates(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM duty_shift WHERE duty_date BETWEEN :from AND :to ORDER BY starts_at, id""")
                .param("from", from).param("to", to)
                .query(Shifts::shift).list();
    }

    boolean existsOn(LocalDate dutyDate, ShiftKind kind) {
        return jdbc.sql("SELECT count(*) FROM duty_shift WHERE duty_date = :date AND kind = :kind")
                .param("date", dutyDate).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    void insert(DutyShift s, Instant now) {
        jdbc.sql("""
                INSERT INTO duty_shift (id, duty_date, kind, starts_at, ends_at, leader, officers, status, created_at, updated_at)
                VALUES (:id, :date, :kind, :start, :end, :leader, :officers, :status, :now, :now)""")
                .param("id", s.id()).param("date", s.dutyDate()).param("kind", s.kind().name())
                .param("start", at(s.startsAt())).param("end", at(s.endsAt())).param("leader", s.leader())
                .param("officers", s.officers().toArray(String[]::new)).param("status", s.status().name())
                .param("now", at(now))
                .update();
    }

    void update(DutyShift s, Instant now) {
        jdbc.sql("""
                UPDATE duty_shift SET duty_date = :date, kind = :kind, starts_at = :start, ends_at = :end,
                       leader = :leader, officers = :officers, status = :status, updated_at = :now
                WHERE id = :id""")
                .param("id", s.id()).param("date", s.dutyDate()).param("kind", s.kind().name())
                .param("start", at(s.startsAt())).param("end", at(s.endsAt())).param("leader", s.leader())
                .param("officers", s.officers().toArray(String[]::new)).param("status", s.status().name())
                .param("now", at(now))
                .update();
    }

    void insertHandover(Handover h) {
        jdbc.sql("""
                INSERT INTO duty_handover (id, from_shift_id, to_shift_id, notes, pending_items, signed_by, signed_at)
                VALUES (:id, :from, :to, :notes, :pending, :signedBy, :signedAt)""")
                .param("id", h.id()).param("from", h.fromShiftId()).param("to", h.toShiftId()).param("notes", h.notes())
                .param("pending", h.pendingItems().toArray(String[]::new)).param("signedBy", h.signedBy())
                .param("signedAt", at(h.signedAt()))
                .update();
    }

    Optional<Handover> handoverFrom(UUID shiftId) {
        return jdbc.sql("SELECT * FROM duty_handover WHERE from_shift_id = :id").param("id", shiftId)
                .query(Shifts::handover).optional();
    }

    Optional<Handover> latestHandover() {
        return jdbc.sql("SELECT * FROM duty_handover ORDER BY signed_at DESC, id LIMIT 1").query(Shifts::handover).optional();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static DutyShift shift(ResultSet rs, int row) throws SQLException {
        return new DutyShift(rs.getObject("id", UUID.class), rs.getObject("duty_date", LocalDate.class),
                ShiftKind.valueOf(rs.getString("kind")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("leader"), texts(rs.getArray("officers")),
                ShiftStatus.valueOf(rs.getString("status")));
    }

    private static Handover handover(ResultSet rs, int row) throws SQLException {
        return new Handover(rs.getObject("id", UUID.class), rs.getObject("from_shift_id", UUID.class),
                rs.getObject("to_shift_id", UUID.class), rs.getString("notes"), texts(rs.getArray("pending_items")),
                rs.getString("signed_by"), rs.getTimestamp("signed_at").toInstant());
    }
}
