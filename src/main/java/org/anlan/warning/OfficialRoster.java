package org.anlan.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored roster of officials to call (table warning_official). */
@Repository
class OfficialRoster {

    private final JdbcClient jdbc;

    OfficialRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active officials of one township, or of all when {@code townshipCode} is null; county level first. */
    List<WarningOfficial> active(String townshipCode) {
        return jdbc.sql("""
                        SELECT * FROM warning_official
                         WHERE active AND (CAST(:township AS TEXT) IS NULL OR township_code = :township)
                         ORDER BY township_code NULLS FIRST, rank, name""")
                .param("township", townshipCode).query(OfficialRoster::official).list();
    }

    /** The active officials called at a rank of a township; a null township means the county level. */
    List<WarningOfficial> callable(String townshipCode, int rank) {
        return jdbc.sql("""
                        SELECT * FROM warning_official
                         WHERE active AND township_code IS NOT DISTINCT FROM :township AND rank = :rank ORDER BY name""")
                .param("township", townshipCode).param("rank", rank).query(OfficialRoster::official).list();
    }

    Optional<WarningOfficial> find(UUID id) {
        return jdbc.sql("SELECT * FROM warning_official WHERE id = :id FOR UPDATE").param("id", id)
                .query(OfficialRoster::official).optional();
    }

    boolean nameTaken(String townshipCode, int rank, String name, UUID except) {
        return jdbc.sql("""
                        SELECT count(*) FROM warning_official
                         WHERE active AND township_code IS NOT DISTINCT FROM :township AND rank = :rank AND name = :name
                           AND id <> :except""")
                .param("township", townshipCode).param("rank", rank).param("name", name).param("except", except)
                .query(Long.class).single() > 0;
    }

    /**
     * The demo seed's insert: adds an official unless one of the same name is already active at that township and
     * rank; an official seeded before (same id) without an e-mail address gets the given one.
     */
    void insertIfAbsent(WarningOfficial o) {
        jdbc.sql("""
                        INSERT INTO warning_official (id, name, position, phone, push_token, email, township_code, rank)
                        SELECT :id, :name, :position, :phone, :token, :email, :township, :rank
                         WHERE NOT EXISTS (SELECT 1 FROM warning_official WHERE active AND name = :name AND rank = :rank
                                              AND township_code IS NOT DISTINCT FROM :township AND id <> :id)
                        ON CONFLICT (id) DO UPDATE SET email = COALESCE(warning_official.email, EXCLUDED.email)""")
                .params(parameters(o, null)).update();
    }

    void insert(WarningOfficial o, Instant at) {
        jdbc.sql("""
                        INSERT INTO warning_official (id, name, position, phone, push_token, email, township_code, rank,
                                                      active, updated_at)
                        VALUES (:id, :name, :position, :phone, :token, :email, :township, :rank, true, :at)""")
                .params(parameters(o, at)).update();
    }

    void update(WarningOfficial o, Instant at) {
        jdbc.sql("""
                        UPDATE warning_official SET name = :name, position = :position, phone = :phone, push_token = :token,
                               email = :email, township_code = :township, rank = :rank, active = :active, updated_at = :at
                         WHERE id = :id""")
                .params(parameters(o, at)).param("active", o.active()).update();
    }

    private static java.util.Map<String, Object> parameters(WarningOfficial o, Instant at) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", o.id());
        p.put("name", o.name());
        p.put("position", o.position());
        p.put("phone", o.phone());
        p.put("token", o.pushToken());
        p.put("email", o.email());
        p.put("township", o.townshipCode());
        p.put("rank", o.rank());
        p.put("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        return p;
    }

    private static WarningOfficial official(ResultSet rs, int row) throws SQLException {
        return new WarningOfficial(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("position"),
                rs.getString("phone"), rs.getString("email"), rs.getString("push_token"), rs.getString("township_code"),
                rs.getInt("rank"), rs.getBoolean("active"));
    }
}
