package org.anlan.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of monitoring_station. */
@Repository
class Stations {

    private final JdbcClient jdbc;

    Stations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Station> all() {
        return jdbc.sql("SELECT id, name, kind, lat, lon, township_code FROM monitoring_station ORDER BY id")
                .query((rs, n) -> new Station(rs.getString("id"), rs.getString("name"),
                        StationKind.valueOf(rs.getString("kind")), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                        rs.getString("township_code")))
                .list();
    }

    boolean insertIfAbsent(Station s, Instant at) {
        return jdbc.sql("""
                        INSERT INTO monitoring_station (id, name, kind, lat, lon, township_code, created_at)
                        VALUES (:id, :name, :kind, :lat, :lon, :township, :at) ON CONFLICT DO NOTHING""")
                .param("id", s.id()).param("name", s.name()).param("kind", s.kind().name())
                .param("lat", s.location().lat()).param("lon", s.location().lon()).param("township", s.townshipCode())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }
}
