package org.anlan.supply;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of depot. */
@Repository
class Depots {

    private final JdbcClient jdbc;

    Depots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(Depot d, Instant at) {
        return jdbc.sql("""
                        INSERT INTO depot (id, name, level, owner_level, township_code, village_name, area_m2, lat, lon,
                                           keeper, phone, synthetic, created_at, updated_at)
                        VALUES (:id, :name, :level, :owner, :township, :village, :area, :lat, :lon, :keeper, :phone,
                                :synthetic, :at, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", d.id()).param("name", d.name()).param("level", d.level().name())
                .param("owner", d.ownerLevel().name()).param("township", d.townshipCode())
                .param("village", d.villageName()).param("area", d.areaM2())
                .param("lat", d.location().lat()).param("lon", d.location().lon()).param("keeper", d.keeper())
                .param("phone", d.phone()).param("synthetic", d.synthetic())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    List<Depot> all() {
        return jdbc.sql("SELECT * FROM depot ORDER BY array_position(ARRAY['COUNTY','TOWNSHIP','VILLAGE'], level), township_code, name")
                .query(Depots::depot).list();
    }

    List<Depot> inTownship(String townshipCode) {
        return jdbc.sql("SELECT * FROM depot WHERE township_code = :code ORDER BY level, name")
                .param("code", townshipCode).query(Depots::depot).list();
    }

    Optional<Depot> byId(UUID id) {
        return jdbc.sql("SELECT * FROM depot WHERE id = :id").param("id", id).query(Depots::depot).optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM depot WHERE name = :name").param("name", name).query(Long.class).single() > 0;
    }

    static Depot depot(ResultSet rs, int row) throws SQLException {
        return new Depot(rs.getObject("id", UUID.class), rs.getString("name"), ReserveLevel.valueOf(rs.getString("level")),
                ReserveLevel.valueOf(rs.getString("owner_level")), rs.getString("township_code"),
                rs.getString("village_name"), rs.getObject("area_m2", BigDecimal.class),
                new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("keeper"), rs.getString("phone"),
                rs.getBoolean("synthetic"));
    }
}
