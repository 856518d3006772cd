package org.anlan.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of dispatch_order. */
@Repository
class DispatchOrders {

    private final JdbcClient jdbc;

    DispatchOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DispatchOrder o) {
        jdbc.sql("""
                INSERT INTO dispatch_order (id, incident_id, team_id, team_name, township_code, status, estimated_minutes,
                                            ordered_by, ordered_at)
                VALUES (:id, :incident, :team, :teamName, :township, :status, :minutes, :by, :at)""")
                .param("id", o.id()).param("incident", o.incidentId()).param("team", o.teamId())
                .param("teamName", o.teamName()).param("township", o.townshipCode()).param("status", o.status().name())
                .param("minutes", o.estimatedMinutes()).param("by", o.orderedBy()).param("at", utc(o.orderedAt()))
                .update();
    }

    void update(DispatchOrder o) {
        jdbc.sql("""
                UPDATE dispatch_order SET status = :status, en_route_at = :enRoute, on_scene_at = :onScene,
                       finished_at = :finished, cancelled_at = :cancelled WHERE id = :id""")
                .param("status", o.status().name()).param("enRoute", utc(o.enRouteAt())).param("onScene", utc(o.onSceneAt()))
                .param("finished", utc(o.finishedAt())).param("cancelled", utc(o.cancelledAt())).param("id", o.id())
                .update();
    }

    Optional<DispatchOrder> byId(UUID id) {
        return jdbc.sql("SELECT * FROM dispatch_order WHERE id = :id").param("id", id).query(DispatchOrders::order).optional();
    }

    List<DispatchOrder> ofIncident(UUID incidentId) {
        return jdbc.sql("SELECT * FROM dispatch_order WHERE incident_id = :id ORDER BY ordered_at")
                .param("id", incidentId).query(DispatchOrders::order).list();
    }

    List<DispatchOrder> active(String townshipCode) {
        return jdbc.sql("""
                SELECT * FROM dispatch_order WHERE status IN ('ORDERED', 'EN_ROUTE', 'ON_SCENE')
                  AND (CAST(:township AS TEXT) IS NULL OR township_code = :township) ORDER BY ordered_at DESC""")
                .param("township", townshipCode).query(DispatchOrders::order).list();
    }

    boolean teamBusy(UUID teamId) {
        return jdbc.sql("SELECT count(*) FROM dispatch_order WHERE team_id = :team AND status IN ('ORDERED', 'EN_ROUTE', 'ON_SCENE')")
                .param("team", teamId).query(Long.class).single() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static DispatchOrder order(ResultSet rs, int row) throws SQLException {
        return new DispatchOrder(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("township_code"),
                OrderStatus.valueOf(rs.getString("status")), rs.getDouble("estimated_minutes"), rs.getString("ordered_by"),
                instant(rs, "ordered_at"), instant(rs, "en_route_at"), instant(rs, "on_scene_at"), instant(rs, "finished_at"),
                instant(rs, "cancelled_at"));
    }
}
