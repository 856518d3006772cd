package org.anlan.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of app_user, organisation and api_token. */
@Repository
class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :username").param("username", username)
                .query(Users::account).optional();
    }

    Optional<UserAccount> byId(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query(Users::account).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(Users::account).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    void insert(UserAccount u, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, organisation_id, township_code,
                                      enabled, failed_attempts, locked_until, created_at)
                VALUES (:id, :username, :displayName, :hash, :role, :org, :township, :enabled, 0, NULL, :createdAt)""")
                .param("id", u.id()).param("username", u.username()).param("displayName", u.displayName())
                .param("hash", u.passwordHash()).param("role", u.role().name()).param("org", u.organisationId())
                .param("township", u.townshipCode()).param("enabled", u.enabled())
                .param("createdAt", at(createdAt))
                .update();
    }

    void recordFailure(UUID id, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = :failed, locked_until = :until WHERE id = :id")
                .param("failed", failedAttempts).param("until", lockedUntil == null ? null : at(lockedUntil)).param("id", id)
                .update();
    }

    void clearFailures(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", id).update();
    }

    Optional<Organisation> organisationByName(String name) {
        return jdbc.sql("SELECT * FROM organisation WHERE name = :name").param("name", name)
                .query(Users::organisation).optional();
    }

    Optional<Organisation> organisation(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = :id").param("id", id).query(Users::organisation).optional();
    }

    List<Organisation> organisations() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY kind, name").query(Users::organisation).list();
    }

    void insertOrganisation(Organisation o, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO organisation (id, name, kind, township_code, created_at)
                VALUES (:id, :name, :kind, :township, :createdAt)""")
                .param("id", o.id()).param("name", o.name()).param("kind", o.kind().name())
                .param("township", o.townshipCode()).param("createdAt", at(createdAt))
                .update();
    }

    void insertToken(String tokenHash, UUID userId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO api_token (token_hash, user_id, issued_at, expires_at)
                VALUES (:hash, :user, :issued, :expires)""")
                .param("hash", tokenHash).param("user", userId).param("issued", at(issuedAt)).param("expires", at(expiresAt))
                .update();
    }

    Optional<UUID> userOfLiveToken(String tokenHash, Instant now) {
        return jdbc.sql("""
                SELECT user_id FROM api_token WHERE token_hash = :hash AND NOT revoked AND expires_at > :now""")
                .param("hash", tokenHash).param("now", at(now)).query(UUID.class).optional();
    }

    int revokeToken(String tokenHash) {
        return jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE token_hash = :hash AND NOT revoked")
                .param("hash", tokenHash).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class), rs.getString("township_code"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant());
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("township_code"));
    }
}
