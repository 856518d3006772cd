package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of vessel_alarm. */
@Repository
class VesselAlarms {

    private final JdbcClient jdbc;

    VesselAlarms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the alarm unless one with its source reference exists; true when inserted. */
    boolean insertIfAbsent(VesselAlarm a) {
        return jdbc.sql("""
                        INSERT INTO vessel_alarm (id, source_ref, vessel_id, kind, fence_id, raised_at, lat, lon, serious,
                                                  detail, township_code)
                        VALUES (:id, :ref, :vessel, :kind, :fence, :at, :lat, :lon, :serious, :detail, :township)
                        ON CONFLICT (source_ref) DO NOTHING""")
                .param("id", a.id()).param("ref", a.sourceRef()).param("vessel", a.vesselId())
                .param("kind", a.kind().name()).param("fence", a.fenceId()).param("at", Vessels.utc(a.raisedAt()))
                .param("lat", a.lat()).param("lon", a.lon()).param("serious", a.serious()).param("detail", a.detail())
                .param("township", a.townshipCode())
                .update() == 1;
    }

    List<VesselAlarm> recent(String townshipCode, int limit) {
        return jdbc.sql("""
                        SELECT * FROM vessel_alarm
                         WHERE CAST(:township AS text) IS NULL OR township_code = :township
                         ORDER BY raised_at DESC, source_ref LIMIT :limit""")
                .param("township", townshipCode).param("limit", limit)
                .query(VesselAlarms::map).list();
    }

    List<VesselAlarm> ofVessel(UUID vesselId) {
        return jdbc.sql("SELECT * FROM vessel_alarm WHERE vessel_id = :id ORDER BY raised_at")
                .param("id", vesselId).query(VesselAlarms::map).list();
    }

    java.util.Optional<VesselAlarm> byId(UUID id) {
        return jdbc.sql("SELECT * FROM vessel_alarm WHERE id = :id").param("id", id).query(VesselAlarms::map).optional();
    }

    void acknowledge(UUID id, java.time.Instant at, String by) {
        jdbc.sql("UPDATE vessel_alarm SET acknowledged_at = :at, acknowledged_by = :by WHERE id = :id AND acknowledged_at IS NULL")
                .param("at", Vessels.utc(at)).param("by", by).param("id", id).update();
    }

    private static VesselAlarm map(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("lat");
        Double latValue = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("lon");
        Double lonValue = rs.wasNull() ? null : lon;
        return new VesselAlarm(rs.getObject("id", UUID.class), rs.getString("source_ref"),
                rs.getObject("vessel_id", UUID.class), VesselAlarm.AlarmKind.valueOf(rs.getString("kind")),
                rs.getObject("fence_id", UUID.class), Vessels.instant(rs, "raised_at"), latValue, lonValue,
                rs.getBoolean("serious"), rs.getString("detail"), rs.getString("township_code"),
                Vessels.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"));
    }
}
