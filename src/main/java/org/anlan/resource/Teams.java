package org.anlan.resource;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of rescue_team, expert and equipment. */
@Repository
class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyTeam() {
        return jdbc.sql("SELECT count(*) FROM rescue_team").query(Long.class).single() > 0;
    }

    void insert(RescueTeam t, Instant at) {
        jdbc.sql("""
                INSERT INTO rescue_team (id, name, kind, township_code, base_lat, base_lon, headcount, vehicles, equipment,
                                         capabilities, status, insured, leader, phone, updated_at)
                VALUES (:id, :name, :kind, :township, :lat, :lon, :headcount, :vehicles, :equipment,
                        string_to_array(:capabilities, ','), :status, :insured, :leader, :phone, :at)""")
                .param("id", t.id()).param("name", t.name()).param("kind", t.kind().name())
                .param("township", t.townshipCode()).param("lat", t.base().lat()).param("lon", t.base().lon())
                .param("headcount", t.headcount()).param("vehicles", t.vehicles()).param("equipment", t.equipment())
                .param("capabilities", String.join(",", t.capabilities().stream().sorted().toList()))
                .param("status", t.status().name()).param("insured", t.insured()).param("leader", t.leader())
                .param("phone", t.phone()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<RescueTeam> all() {
        return jdbc.sql("SELECT * FROM rescue_team ORDER BY kind, township_code, name").query(Teams::team).list();
    }

    Optional<RescueTeam> byId(UUID id) {
        return jdbc.sql("SELECT * FROM rescue_team WHERE id = :id").param("id", id).query(Teams::team).optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM rescue_team WHERE name = :name").param("name", name).query(Long.class).single() > 0;
    }

    void updateStatus(UUID id, TeamStatus status, Instant at) {
        jdbc.sql("UPDATE rescue_team SET status = :status, updated_at = :at WHERE id = :id")
                .param("status", status.name()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id)
                .update();
    }

    void insertExpert(Expert e) {
        jdbc.sql("""
                INSERT INTO expert (id, name, speciality, organisation, phone, township_code)
                VALUES (:id, :name, :speciality, :organisation, :phone, :township)""")
                .param("id", e.id()).param("name", e.name()).param("speciality", e.speciality())
                .param("organisation", e.organisation()).param("phone", e.phone()).param("township", e.townshipCode())
                .update();
    }

    List<Expert> experts() {
        return jdbc.sql("SELECT * FROM expert ORDER BY speciality, name")
                .query((rs, n) -> new Expert(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("speciality"),
                        rs.getString("organisation"), rs.getString("phone"), rs.getString("township_code")))
                .list();
    }

    void insertEquipment(Equipment e) {
        jdbc.sql("""
                INSERT INTO equipment (id, name, kind, quantity, holder, township_code)
                VALUES (:id, :name, :kind, :quantity, :holder, :township)""")
                .param("id", e.id()).param("name", e.name()).param("kind", e.kind()).param("quantity", e.quantity())
                .param("holder", e.holder()).param("township", e.townshipCode())
                .update();
    }

    List<Equipment> equipment() {
        return jdbc.sql("SELECT * FROM equipment ORDER BY kind, name")
                .query((rs, n) -> new Equipment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                        rs.getInt("quantity"), rs.getString("holder"), rs.getString("township_code")))
                .list();
    }

    private static RescueTeam team(ResultSet rs, int row) throws SQLException {
        Array capabilities = rs.getArray("capabilities");
        return new RescueTeam(rs.getObject("id", UUID.class), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
                rs.getString("township_code"), new GeoPoint(rs.getDouble("base_lat"), rs.getDouble("base_lon")),
                rs.getInt("headcount"), rs.getInt("vehicles"), rs.getString("equipment"),
                Set.of((String[]) capabilities.getArray()), TeamStatus.valueOf(rs.getString("status")),
                rs.getBoolean("insured"), rs.getString("leader"), rs.getString("phone"));
    }
}
