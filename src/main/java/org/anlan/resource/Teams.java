package org.anlan.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of rescue_team. */
@Repository
class Teams {

    private static final String[] KIND_ORDER = Arrays.stream(TeamKind.values()).map(Enum::name).toArray(String[]::new);
    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the team unless one with its id or name exists; true when it was inserted. */
    boolean insertIfAbsent(RescueTeam t) {
        return jdbc.sql("""
                        INSERT INTO rescue_team (id, name, kind, township_code, base_lat, base_lon, headcount, vehicles,
                                                 equipment_summary, capabilities, status, insured, insurer,
                                                 insurance_expires, leader, phone, created_at, updated_at)
                        VALUES (:id, :name, :kind, :township, :lat, :lon, :headcount, :vehicles, :equipment,
                                CAST(:capabilities AS text[]), :status, :insured, :insurer, :expires, :leader, :phone,
                                :createdAt, :updatedAt)
                        ON CONFLICT DO NOTHING""")
                .param("id", t.id()).param("name", t.name()).param("kind", t.kind().name())
                .param("township", t.townshipCode()).param("lat", t.base().lat()).param("lon", t.base().lon())
                .param("headcount", t.headcount()).param("vehicles", t.vehicles())
                .param("equipment", t.equipmentSummary())
                .param("capabilities", t.capabilities().toArray(String[]::new))
                .param("status", t.status().name()).param("insured", t.insured()).param("insurer", t.insurer())
                .param("expires", t.insuranceExpires()).param("leader", t.leader()).param("phone", t.phone())
                .param("createdAt", utc(t.createdAt())).param("updatedAt", utc(t.updatedAt()))
                .update() == 1;
    }

    void update(RescueTeam t) {
        jdbc.sql("""
                        UPDATE rescue_team
                           SET name = :name, kind = :kind, township_code = :township, base_lat = :lat, base_lon = :lon,
                               headcount = :headcount, vehicles = :vehicles, equipment_summary = :equipment,
                               capabilities = CAST(:capabilities AS text[]), insured = :insured, insurer = :insurer,
                               insurance_expires = :expires, leader = :leader, phone = :phone, updated_at = :updatedAt
                         WHERE id = :id""")
                .param("id", t.id()).param("name", t.name()).param("kind", t.kind().name())
                .param("township", t.townshipCode()).param("lat", t.base().lat()).param("lon", t.base().lon())
                .param("headcount", t.headcount()).param("vehicles", t.vehicles())
                .param("equipment", t.equipmentSummary())
                .param("capabilities", t.capabilities().toArray(String[]::new))
                .param("insured", t.insured()).param("insurer", t.insurer()).param("expires", t.insuranceExpires())
                .param("leader", t.leader()).param("phone", t.phone()).param("updatedAt", utc(t.updatedAt()))
                .update();
    }

    void updateStatus(UUID id, TeamStatus status, Instant at) {
        jdbc.sql("UPDATE rescue_team SET status = :status, updated_at = :at WHERE id = :id")
                .param("status", status.name()).param("at", utc(at)).param("id", id)
                .update();
    }

    List<RescueTeam> find(TeamFilter filter) {
        return jdbc.sql("""
                        SELECT * FROM rescue_team
                         WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                           AND (CAST(:kind AS text) IS NULL OR kind = :kind)
                           AND (CAST(:capability AS text) IS NULL OR :capability = ANY (capabilities))
                           AND (CAST(:status AS text) IS NULL OR status = :status)
                         ORDER BY array_position(CAST(:kinds AS text[]), kind), township_code, name""")
                .param("township", filter.townshipCode())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("capability", filter.capability())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("kinds", KIND_ORDER)
                .query(Teams::team).list();
    }

    Optional<RescueTeam> byId(UUID id) {
        return jdbc.sql("SELECT * FROM rescue_team WHERE id = :id").param("id", id).query(Teams::team).optional();
    }

    /** Locks the team's row for a read-modify-write. */
    Optional<RescueTeam> lock(UUID id) {
        return jdbc.sql("SELECT * FROM rescue_team WHERE id = :id FOR UPDATE").param("id", id).query(Teams::team)
                .optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("""
                        SELECT count(*) FROM rescue_team
                         WHERE name = :name AND (CAST(:except AS uuid) IS NULL OR id <> :except)""")
                .param("name", name).param("except", except).query(Long.class).single() > 0;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static RescueTeam team(ResultSet rs, int row) throws SQLException {
        return new RescueTeam(rs.getObject("id", UUID.class), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
                rs.getString("township_code"), new GeoPoint(rs.getDouble("base_lat"), rs.getDouble("base_lon")),
                rs.getInt("headcount"), rs.getInt("vehicles"), Set.of((String[]) rs.getArray("capabilities").getArray()),
                TeamStatus.valueOf(rs.getString("status")), rs.getBoolean("insured"), rs.getString("insurer"),
                rs.getObject("insurance_expires", LocalDate.class), rs.getString("equipment_summary"),
                rs.getString("leader"), rs.getString("phone"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
