package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.Geometries;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of recall and recall_vessel. */
@Repository
class Recalls {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Recalls(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Recall r) {
        jdbc.sql("""
                        INSERT INTO recall (id, title, area_wkt, deadline, issued_at, issued_by, origin, track_id,
                                            wind_level, buffer_km)
                        VALUES (:id, :title, :area, :deadline, :issuedAt, :issuedBy, :origin, :track, :level, :buffer)""")
                .param("id", r.id()).param("title", r.title()).param("area", Geometries.toWkt(r.area()))
                .param("deadline", Vessels.utc(r.deadline())).param("issuedAt", Vessels.utc(r.issuedAt()))
                .param("issuedBy", r.issuedBy()).param("origin", r.origin().name())
                .param("track", r.typhoon() == null ? null : r.typhoon().trackId())
                .param("level", r.typhoon() == null ? null : r.typhoon().windLevel())
                .param("buffer", r.typhoon() == null ? null : r.typhoon().bufferKm())
                .update();
    }

    void insertVessels(List<RecalledVessel> vessels) {
        batch.batchUpdate("""
                        INSERT INTO recall_vessel (recall_id, vessel_id, township_code, deadline, harbour_code,
                                                   unplaced_reason, distance_km, eta, status, start_lat, start_lon)
                        VALUES (:recall, :vessel, :township, :deadline, :harbour, :unplaced, :distance, :eta, :status,
                                :lat, :lon)""",
                vessels.stream().map(v -> (SqlParameterSource) new MapSqlParameterSource()
                        .addValue("recall", v.recallId()).addValue("vessel", v.vesselId())
                        .addValue("township", v.townshipCode()).addValue("deadline", Vessels.utc(v.deadline()))
                        .addValue("harbour", v.harbourCode())
                        .addValue("unplaced", v.unplaced() == null ? null : v.unplaced().name())
                        .addValue("distance", v.distanceKm()).addValue("eta", Vessels.utc(v.eta()))
                        .addValue("status", v.status().name()).addValue("lat", v.startLat())
                        .addValue("lon", v.startLon())).toArray(SqlParameterSource[]::new));
    }

    Optional<Recall> byId(UUID id) {
        return jdbc.sql("SELECT * FROM recall WHERE id = :id").param("id", id).query(Recalls::map).optional();
    }

    Optional<Recall> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM recall WHERE id = :id FOR UPDATE").param("id", id).query(Recalls::map).optional();
    }

    List<Recall> all() {
        return jdbc.sql("SELECT * FROM recall ORDER BY issued_at DESC").query(Recalls::map).list();
    }

    List<RecalledVessel> vessels(UUID recallId) {
        return jdbc.sql("SELECT * FROM recall_vessel WHERE recall_id = :id ORDER BY township_code, vessel_id")
                .param("id", recallId).query(Recalls::mapVessel).list();
    }

    Optional<RecalledVessel> vessel(UUID recallId, UUID vesselId) {
        return jdbc.sql("SELECT * FROM recall_vessel WHERE recall_id = :r AND vessel_id = :v FOR UPDATE")
                .param("r", recallId).param("v", vesselId).query(Recalls::mapVessel).optional();
    }

    /** Boats of active recalls still at sea, for the escalation check and the position tracker. */
    List<RecalledVessel> activeAtSea() {
        return jdbc.sql("""
                        SELECT rv.* FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                         WHERE r.lifted_at IS NULL AND rv.status <> 'RETURNED'""")
                .query(Recalls::mapVessel).list();
    }

    boolean inActiveRecall(UUID vesselId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                                        WHERE r.lifted_at IS NULL AND rv.vessel_id = :v AND rv.status <> 'RETURNED')""")
                .param("v", vesselId).query(Boolean.class).single();
    }

    /** Places promised to boats of active recalls still on their way, per shelter. */
    Map<String, Integer> promisedRoom() {
        return jdbc.sql("""
                        SELECT rv.harbour_code, count(*) AS n FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                         WHERE r.lifted_at IS NULL AND rv.status <> 'RETURNED' AND rv.harbour_code IS NOT NULL
                         GROUP BY rv.harbour_code""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Of these vessels, those still on their way under an active recall. */
    List<UUID> onTheirWay(List<UUID> vesselIds) {
        if (vesselIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT rv.vessel_id FROM recall_vessel rv JOIN recall r ON r.id = rv.recall_id
                         WHERE r.lifted_at IS NULL AND rv.status <> 'RETURNED' AND rv.vessel_id = ANY (:v)""")
                .param("v", vesselIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    int markReturned(UUID vesselId, Instant at) {
        return jdbc.sql("""
                        UPDATE recall_vessel rv SET status = 'RETURNED', returned_at = :at
                          FROM recall r
                         WHERE r.id = rv.recall_id AND r.lifted_at IS NULL AND rv.vessel_id = :v
                           AND rv.status <> 'RETURNED'""")
                .param("at", Vessels.utc(at)).param("v", vesselId).update();
    }

    void acknowledge(UUID recallId, UUID vesselId, Instant at) {
        jdbc.sql("""
                        UPDATE recall_vessel SET status = 'ACKNOWLEDGED', acknowledged_at = :at
                         WHERE recall_id = :r AND vessel_id = :v AND status = 'ORDERED'""")
                .param("at", Vessels.utc(at)).param("r", recallId).param("v", vesselId).update();
    }

    void escalate(UUID recallId, UUID vesselId, int level, Instant at) {
        jdbc.sql("""
                        UPDATE recall_vessel SET escalation_level = :level, escalated_at = :at
                         WHERE recall_id = :r AND vessel_id = :v""")
                .param("level", level).param("at", Vessels.utc(at)).param("r", recallId).param("v", vesselId).update();
    }

    void lift(UUID recallId, Instant at) {
        jdbc.sql("UPDATE recall SET lifted_at = :at WHERE id = :id AND lifted_at IS NULL")
                .param("at", Vessels.utc(at)).param("id", recallId).update();
    }

    private static Recall map(ResultSet rs, int row) throws SQLException {
        return new Recall(rs.getObject("id", UUID.class), rs.getString("title"),
                Geometries.fromWkt(rs.getString("area_wkt")), Vessels.instant(rs, "deadline"),
                Vessels.instant(rs, "issued_at"), rs.getString("issued_by"),
                Recall.Origin.valueOf(rs.getString("origin")), Vessels.instant(rs, "lifted_at"), typhoonSource(rs));
    }

    private static Recall.TyphoonSource typhoonSource(ResultSet rs) throws SQLException {
        UUID track = rs.getObject("track_id", UUID.class);
        return track == null ? null
                : new Recall.TyphoonSource(track, rs.getInt("wind_level"), rs.getDouble("buffer_km"));
    }

    private static RecalledVessel mapVessel(ResultSet rs, int row) throws SQLException {
        double distance = rs.getDouble("distance_km");
        Double distanceValue = rs.wasNull() ? null : distance;
        String unplaced = rs.getString("unplaced_reason");
        return new RecalledVessel(rs.getObject("recall_id", UUID.class), rs.getObject("vessel_id", UUID.class),
                rs.getString("township_code"), Vessels.instant(rs, "deadline"), rs.getString("harbour_code"),
                unplaced == null ? null : RecalledVessel.Unplaced.valueOf(unplaced), distanceValue,
                Vessels.instant(rs, "eta"),
                RecalledVessel.RecallStatus.valueOf(rs.getString("status")), Vessels.instant(rs, "acknowledged_at"),
                Vessels.instant(rs, "returned_at"), rs.getDouble("start_lat"), rs.getDouble("start_lon"),
                rs.getInt("escalation_level"), Vessels.instant(rs, "escalated_at"));
    }
}
