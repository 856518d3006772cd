package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of vessel_position (last fix per vessel) and vessel_track_point (downsampled history). */
@Repository
class Positions {

    private static final String UPSERT = """
            INSERT INTO vessel_position (vessel_id, fixed_at, lat, lon, sog, cog, source, harbour_code, lost_contact_since)
            VALUES (:vessel, :at, :lat, :lon, :sog, :cog, :source, :harbour, NULL)
            ON CONFLICT (vessel_id) DO UPDATE
               SET fixed_at = EXCLUDED.fixed_at, lat = EXCLUDED.lat, lon = EXCLUDED.lon, sog = EXCLUDED.sog,
                   cog = EXCLUDED.cog, source = EXCLUDED.source, harbour_code = EXCLUDED.harbour_code,
                   lost_contact_since = NULL
             WHERE vessel_position.fixed_at < EXCLUDED.fixed_at""";

    private static final String TRACK = """
            INSERT INTO vessel_track_point (vessel_id, fixed_at, lat, lon, sog, cog)
            VALUES (:vessel, :at, :lat, :lon, :sog, :cog) ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Positions(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Keeps each fix newer than the stored one; older (late, replayed) fixes leave the last position alone. */
    void upsertAll(List<LivePosition> positions) {
        batch.batchUpdate(UPSERT, positions.stream().map(Positions::params).toArray(SqlParameterSource[]::new));
    }

    void insertTrack(List<LivePosition> points) {
        batch.batchUpdate(TRACK, points.stream().map(Positions::params).toArray(SqlParameterSource[]::new));
    }

    List<LivePosition> all() {
        return jdbc.sql("SELECT * FROM vessel_position").query(Positions::map).list();
    }

    Optional<LivePosition> of(UUID vesselId) {
        return jdbc.sql("SELECT * FROM vessel_position WHERE vessel_id = :id").param("id", vesselId)
                .query(Positions::map).optional();
    }

    List<LivePosition> track(UUID vesselId, Instant since) {
        return jdbc.sql("""
                        SELECT vessel_id, fixed_at, lat, lon, sog, cog, 'AIS' AS source, NULL AS harbour_code,
                               NULL AS lost_contact_since
                          FROM vessel_track_point WHERE vessel_id = :id AND fixed_at >= :since ORDER BY fixed_at""")
                .param("id", vesselId).param("since", Vessels.utc(since))
                .query(Positions::map).list();
    }

    /** Vessels at sea silent since before {@code silentBefore} and not yet marked: marks them and returns them. */
    List<LivePosition> markLostContact(Instant silentBefore, Instant now) {
        return jdbc.sql("""
                        UPDATE vessel_position SET lost_contact_since = :now
                         WHERE harbour_code IS NULL AND lost_contact_since IS NULL AND fixed_at < :before
                        RETURNING *""")
                .param("now", Vessels.utc(now)).param("before", Vessels.utc(silentBefore))
                .query(Positions::map).list();
    }

    int pruneTrack(Instant before) {
        return jdbc.sql("DELETE FROM vessel_track_point WHERE fixed_at < :before")
                .param("before", Vessels.utc(before)).update();
    }

    Map<String, Long> countsByState() {
        return jdbc.sql("""
                        SELECT CASE WHEN lost_contact_since IS NOT NULL THEN 'LOST'
                                    WHEN harbour_code IS NULL THEN 'AT_SEA' ELSE 'IN_PORT' END AS state, count(*) AS n
                          FROM vessel_position GROUP BY 1""")
                .query((rs, row) -> Map.entry(rs.getString("state"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static SqlParameterSource params(LivePosition p) {
        return new MapSqlParameterSource().addValue("vessel", p.vesselId()).addValue("at", Vessels.utc(p.fixedAt()))
                .addValue("lat", p.lat()).addValue("lon", p.lon()).addValue("sog", p.sog()).addValue("cog", p.cog())
                .addValue("source", p.source().name()).addValue("harbour", p.harbourCode());
    }

    private static LivePosition map(ResultSet rs, int row) throws SQLException {
        double sog = rs.getDouble("sog");
        Double sogValue = rs.wasNull() ? null : sog;
        double cog = rs.getDouble("cog");
        Double cogValue = rs.wasNull() ? null : cog;
        return new LivePosition(rs.getObject("vessel_id", UUID.class), Vessels.instant(rs, "fixed_at"),
                rs.getDouble("lat"), rs.getDouble("lon"), sogValue, cogValue,
                TerminalKind.valueOf(rs.getString("source")), rs.getString("harbour_code"),
                Vessels.instant(rs, "lost_contact_since"));
    }
}
