package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of harbour (ports and anchorages) and fishing_ground. */
@Repository
class Harbours {

    private final JdbcClient jdbc;

    Harbours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(Harbour h) {
        return jdbc.sql("""
                        INSERT INTO harbour (code, name, kind, township_code, lat, lon, boundary_wkt, capacity, approximate)
                        VALUES (:code, :name, :kind, :township, :lat, :lon, :wkt, :capacity, :approximate)
                        ON CONFLICT DO NOTHING""")
                .param("code", h.code()).param("name", h.name()).param("kind", h.kind().name())
                .param("township", h.townshipCode()).param("lat", h.point().lat()).param("lon", h.point().lon())
                .param("wkt", Geometries.toWkt(h.boundary())).param("capacity", h.capacity())
                .param("approximate", h.approximate())
                .update() == 1;
    }

    List<Harbour> all() {
        return jdbc.sql("SELECT * FROM harbour ORDER BY kind DESC, township_code, code").query(Harbours::map).list();
    }

    Optional<Harbour> byCode(String code) {
        return jdbc.sql("SELECT * FROM harbour WHERE code = :code").param("code", code).query(Harbours::map).optional();
    }

    void updateCapacity(String code, int capacity) {
        jdbc.sql("UPDATE harbour SET capacity = :capacity WHERE code = :code")
                .param("capacity", capacity).param("code", code).update();
    }

    boolean insertGroundIfAbsent(FishingGround g) {
        return jdbc.sql("""
                        INSERT INTO fishing_ground (code, name, boundary_wkt, approximate)
                        VALUES (:code, :name, :wkt, :approximate) ON CONFLICT DO NOTHING""")
                .param("code", g.code()).param("name", g.name()).param("wkt", Geometries.toWkt(g.boundary()))
                .param("approximate", g.approximate())
                .update() == 1;
    }

    List<FishingGround> grounds() {
        return jdbc.sql("SELECT * FROM fishing_ground ORDER BY code")
                .query((rs, row) -> new FishingGround(rs.getString("code"), rs.getString("name"),
                        Geometries.fromWkt(rs.getString("boundary_wkt")), rs.getBoolean("approximate")))
                .list();
    }

    private static Harbour map(ResultSet rs, int row) throws SQLException {
        return new Harbour(rs.getString("code"), rs.getString("name"), HarbourKind.valueOf(rs.getString("kind")),
                rs.getString("township_code"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                Geometries.fromWkt(rs.getString("boundary_wkt")), rs.getInt("capacity"), rs.getBoolean("approximate"));
    }
}
