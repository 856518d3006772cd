package org.anlan.supply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of supply_demand. */
@Repository
class Demands {

    private final JdbcClient jdbc;

    Demands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SupplyDemand d, String createdBy) {
        jdbc.sql("""
                        INSERT INTO supply_demand (id, item_code, quantity, destination_kind, destination_ref, destination_name,
                                                   township_code, lat, lon, deadline, status, delivered, created_by, created_at)
                        VALUES (:id, :item, :quantity, :kind, :ref, :name, :township, :lat, :lon, :deadline, :status, 0,
                                :by, :at)""")
                .param("id", d.id()).param("item", d.itemCode()).param("quantity", d.quantity())
                .param("kind", d.destinationKind()).param("ref", d.destinationRef()).param("name", d.destinationName())
                .param("township", d.townshipCode()).param("lat", d.location().lat()).param("lon", d.location().lon())
                .param("deadline", Stock.utc(d.deadline())).param("status", d.status()).param("by", createdBy)
                .param("at", Stock.utc(d.createdAt()))
                .update();
    }

    Optional<SupplyDemand> lock(UUID id) {
        return jdbc.sql("SELECT * FROM supply_demand WHERE id = :id FOR UPDATE").param("id", id).query(Demands::demand)
                .optional();
    }

    Optional<SupplyDemand> byId(UUID id) {
        return jdbc.sql("SELECT * FROM supply_demand WHERE id = :id").param("id", id).query(Demands::demand).optional();
    }

    void delivered(UUID id, long delivered, String status) {
        jdbc.sql("UPDATE supply_demand SET delivered = :delivered, status = :status WHERE id = :id")
                .param("delivered", delivered).param("status", status).param("id", id).update();
    }

    List<SupplyDemand> find(String status, String destinationKind, String destinationRef, String townshipCode) {
        return jdbc.sql("""
                        SELECT * FROM supply_demand
                         WHERE (CAST(:status AS text) IS NULL OR status = :status)
                           AND (CAST(:kind AS text) IS NULL OR destination_kind = :kind)
                           AND (CAST(:ref AS text) IS NULL OR destination_ref = :ref)
                           AND (CAST(:township AS text) IS NULL OR township_code = :township)
                         ORDER BY deadline, created_at, id""")
                .param("status", status).param("kind", destinationKind).param("ref", destinationRef)
                .param("township", townshipCode).query(Demands::demand).list();
    }

    private static SupplyDemand demand(ResultSet rs, int row) throws SQLException {
        return new SupplyDemand(rs.getObject("id", UUID.class), rs.getString("item_code"), rs.getLong("quantity"),
                rs.getString("destination_kind"), rs.getString("destination_ref"), rs.getString("destination_name"),
                rs.getString("township_code"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                rs.getObject("deadline", OffsetDateTime.class).toInstant(), rs.getString("status"),
                rs.getLong("delivered"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
