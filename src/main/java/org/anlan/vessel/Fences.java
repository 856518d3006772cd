package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.Geometries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of fence. */
@Repository
class Fences {

    private final JdbcClient jdbc;

    Fences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(FenceDefinition f) {
        return jdbc.sql("""
                        INSERT INTO fence (id, name, kind, geometry_wkt, no_entry, no_exit, speed_limit_kn,
                                           max_dwell_minutes, applies_to, active, synthetic, created_at, updated_at)
                        VALUES (:id, :name, :kind, :wkt, :noEntry, :noExit, :speed, :dwell, CAST(:appliesTo AS text[]),
                                :active, :synthetic, :createdAt, :updatedAt)
                        ON CONFLICT DO NOTHING""")
                .param("id", f.id()).param("name", f.name()).param("kind", f.kind())
                .param("wkt", Geometries.toWkt(f.area())).param("noEntry", f.noEntry()).param("noExit", f.noExit())
                .param("speed", f.speedLimitKn()).param("dwell", f.maxDwellMinutes())
                .param("appliesTo", f.appliesTo().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("active", f.active()).param("synthetic", f.synthetic())
                .param("createdAt", Vessels.utc(f.createdAt())).param("updatedAt", Vessels.utc(f.updatedAt()))
                .update() == 1;
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM fence WHERE name = :name)").param("name", name)
                .query(Boolean.class).single();
    }

    List<FenceDefinition> all() {
        return jdbc.sql("SELECT * FROM fence ORDER BY kind, name").query(Fences::map).list();
    }

    List<FenceDefinition> active() {
        return jdbc.sql("SELECT * FROM fence WHERE active ORDER BY id").query(Fences::map).list();
    }

    Optional<FenceDefinition> byId(UUID id) {
        return jdbc.sql("SELECT * FROM fence WHERE id = :id").param("id", id).query(Fences::map).optional();
    }

    void setActive(UUID id, boolean active, java.time.Instant at) {
        jdbc.sql("UPDATE fence SET active = :active, updated_at = :at WHERE id = :id")
                .param("active", active).param("at", Vessels.utc(at)).param("id", id).update();
    }

    private static FenceDefinition map(ResultSet rs, int row) throws SQLException {
        var applies = EnumSet.noneOf(VesselKind.class);
        Arrays.stream((String[]) rs.getArray("applies_to").getArray()).map(VesselKind::valueOf).forEach(applies::add);
        double speed = rs.getDouble("speed_limit_kn");
        Double speedValue = rs.wasNull() ? null : speed;
        int dwell = rs.getInt("max_dwell_minutes");
        Integer dwellValue = rs.wasNull() ? null : dwell;
        return new FenceDefinition(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                Geometries.fromWkt(rs.getString("geometry_wkt")), rs.getBoolean("no_entry"), rs.getBoolean("no_exit"),
                speedValue, dwellValue, applies, rs.getBoolean("active"), rs.getBoolean("synthetic"),
                Vessels.instant(rs, "created_at"), Vessels.instant(rs, "updated_at"));
    }
}
