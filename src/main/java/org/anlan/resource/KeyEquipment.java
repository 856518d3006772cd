package org.anlan.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of equipment. */
@Repository
class KeyEquipment {

    private final JdbcClient jdbc;

    KeyEquipment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(Equipment e, Instant at) {
        return jdbc.sql("""
                        INSERT INTO equipment (id, name, kind, quantity, team_id, depot, township_code, lat, lon, created_at)
                        VALUES (:id, :name, :kind, :quantity, :team, :depot, :township, :lat, :lon, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.id()).param("name", e.name()).param("kind", e.kind().name())
                .param("quantity", e.quantity()).param("team", e.teamId()).param("depot", e.depot())
                .param("township", e.townshipCode()).param("lat", e.location().lat()).param("lon", e.location().lon())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    List<Equipment> find(EquipmentFilter filter) {
        return jdbc.sql("""
                        SELECT * FROM equipment
                         WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                           AND (CAST(:kind AS text) IS NULL OR kind = :kind)
                           AND (CAST(:team AS uuid) IS NULL OR team_id = :team)
                         ORDER BY kind, name, township_code""")
                .param("township", filter.townshipCode())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("team", filter.teamId())
                .query(KeyEquipment::equipment).list();
    }

    private static Equipment equipment(ResultSet rs, int row) throws SQLException {
        return new Equipment(rs.getObject("id", UUID.class), rs.getString("name"),
                EquipmentKind.valueOf(rs.getString("kind")), rs.getInt("quantity"), rs.getObject("team_id", UUID.class),
                rs.getString("depot"), rs.getString("township_code"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")));
    }
}
