package org.anlan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.anlan.platform.database.BinaryCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the audit_entry table. */
@Repository
class AuditEntries {

    private static final long CHAIN_LOCK = 0x616E6C616EL; // "anlan": serialises appends to the chain
    private static final String COLUMNS = """
            seq, occurred_at, actor, actor_role, action, entity_type, entity_id, township_code,
            before_state, after_state, client_address, prev_hash, hash""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditEntries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The sequence number and hash of the chain's last entry. */
    record ChainEnd(long seq, String hash) {
    }

    /**
     * Takes the chain lock (held until the transaction ends) and then reads the chain's end, in one round trip:
     * the two statements travel together and the server runs them in order, so the read sees every append
     * committed before the lock was granted.
     */
    Optional<ChainEnd> lockChainAndReadLast() {
        return jdbcTemplate.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(?); SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
                statement.setLong(1, CHAIN_LOCK);
                statement.execute();
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("the chain's end was not returned");
                }
                try (ResultSet rs = statement.getResultSet()) {
                    return rs.next() ? Optional.of(new ChainEnd(rs.getLong(1), rs.getString(2))) : Optional.<ChainEnd>empty();
                }
            }
        });
    }

    /** A batch of entries in one binary COPY (intake writes one entry per report). */
    void insertAll(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var copy = new BinaryCopy();
        for (AuditEntry e : batch) {
            copy.row(13).int8(e.seq()).timestamp(e.occurredAt()).text(e.actor()).text(e.actorRole()).text(e.action())
                    .text(e.entityType()).text(e.entityId()).text(e.townshipCode()).text(e.before()).text(e.after())
                    .text(e.clientAddress()).text(e.previousHash()).text(e.hash());
        }
        jdbcTemplate.execute((java.sql.Connection connection) -> copy.copyInto(connection, "audit_entry", COLUMNS));
    }

    void forEachInOrder(Consumer<AuditEntry> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq").query(AuditEntries::map).stream().forEach(consumer);
    }

    List<AuditEntry> find(AuditQuery q) {
        var where = new StringBuilder(" WHERE TRUE");
        var params = new ArrayList<Object[]>();
        if (q.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.add(new Object[] {"from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC)});
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < :to");
            params.add(new Object[] {"to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC)});
        }
        addEquals(where, params, "actor", q.actor());
        addEquals(where, params, "entity_type", q.entityType());
        addEquals(where, params, "action", q.action());
        addEquals(where, params, "township_code", q.townshipCode());
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .param("limit", q.limit())
                .param("offset", q.offset());
        for (Object[] p : params) {
            statement = statement.param((String) p[0], p[1]);
        }
        return statement.query(AuditEntries::map).list();
    }

    private static void addEquals(StringBuilder where, List<Object[]> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(column);
            params.add(new Object[] {column, value.trim()});
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp occurred = rs.getTimestamp("occurred_at");
        return new AuditEntry(rs.getLong("seq"), occurred.toInstant(), rs.getString("actor"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("township_code"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("client_address"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
