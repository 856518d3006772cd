package org.anlan.county;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the county tables: county, township, rescue_circle(_member), village, boundary_version. */
@Repository
class Townships {

    private final JdbcClient jdbc;

    Townships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCountyIfAbsent(String code, String name, GeoPoint seat) {
        jdbc.sql("""
                INSERT INTO county (code, name, seat_lat, seat_lon) VALUES (:code, :name, :lat, :lon)
                ON CONFLICT (code) DO NOTHING""")
                .param("code", code).param("name", name).param("lat", seat.lat()).param("lon", seat.lon())
                .update();
    }

    int insertTownshipIfAbsent(String countyCode, String code, String name, String nameEn, TownshipKind kind, GeoPoint seat) {
        return jdbc.sql("""
                INSERT INTO township (code, county_code, name, name_en, kind, seat_lat, seat_lon)
                VALUES (:code, :county, :name, :nameEn, :kind, :lat, :lon)
                ON CONFLICT (code) DO NOTHING""")
                .param("code", code).param("county", countyCode).param("name", name).param("nameEn", nameEn)
                .param("kind", kind.name()).param("lat", seat.lat()).param("lon", seat.lon())
                .update();
    }

    List<Township> all() {
        return jdbc.sql("SELECT * FROM township ORDER BY code").query(Townships::township).list();
    }

    Optional<Township> byCode(String code) {
        return jdbc.sql("SELECT * FROM township WHERE code = :code").param("code", code).query(Townships::township).optional();
    }

    void updateBoundary(String code, String wkt, String source, Instant importedAt) {
        jdbc.sql("""
                UPDATE township SET boundary_wkt = :wkt, boundary_source = :source, boundary_imported_at = :at
                WHERE code = :code""")
                .param("wkt", wkt).param("source", source).param("at", OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC))
                .param("code", code)
                .update();
    }

    void updateProfile(String code, TownshipProfileChange change, Instant at) {
        jdbc.sql("""
                UPDATE township SET population = :population, duty_phone = :phone, contact_person = :person,
                       updated_at = :at WHERE code = :code""")
                .param("population", change.population()).param("phone", change.dutyPhone())
                .param("person", change.contactPerson()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("code", code)
                .update();
    }

    long boundaryVersion() {
        return jdbc.sql("SELECT version FROM boundary_version WHERE id = 1").query(Long.class).single();
    }

    void bumpBoundaryVersion() {
        jdbc.sql("UPDATE boundary_version SET version = version + 1 WHERE id = 1").update();
    }

    boolean hasRescueCircles() {
        return jdbc.sql("SELECT count(*) FROM rescue_circle").query(Long.class).single() > 0;
    }

    void insertRescueCircle(RescueCircle circle, int sortOrder) {
        jdbc.sql("""
                INSERT INTO rescue_circle (code, name, name_en, hub_township_code, color, sort_order)
                VALUES (:code, :name, :nameEn, :hub, :color, :sort)""")
                .param("code", circle.code()).param("name", circle.name()).param("nameEn", circle.nameEn())
                .param("hub", circle.hubTownshipCode()).param("color", circle.color()).param("sort", sortOrder)
                .update();
        circle.members().forEach(member -> assignToCircle(member, circle.code()));
    }

    void assignToCircle(String townshipCode, String circleCode) {
        jdbc.sql("""
                INSERT INTO rescue_circle_member (township_code, circle_code) VALUES (:township, :circle)
                ON CONFLICT (township_code) DO UPDATE SET circle_code = EXCLUDED.circle_code""")
                .param("township", townshipCode).param("circle", circleCode)
                .update();
    }

    List<RescueCircle> rescueCircles() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT circle_code, township_code FROM rescue_circle_member ORDER BY township_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT * FROM rescue_circle ORDER BY sort_order")
                .query((rs, n) -> new RescueCircle(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("hub_township_code"), rs.getString("color"),
                        List.copyOf(members.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    List<Village> villages(String townshipCode) {
        return jdbc.sql("SELECT * FROM village WHERE township_code = :code ORDER BY name")
                .param("code", townshipCode).query(Townships::village).list();
    }

    List<Village> locatedVillages(Collection<String> townshipCodes) {
        return jdbc.sql("SELECT * FROM village WHERE township_code = ANY(:codes) AND lat IS NOT NULL ORDER BY township_code, name")
                .param("codes", townshipCodes.toArray(String[]::new)).query(Townships::village).list();
    }

    boolean villageExists(String townshipCode, String name, String code) {
        return jdbc.sql("""
                SELECT count(*) FROM village WHERE (township_code = :township AND name = :name)
                   OR (CAST(:code AS TEXT) IS NOT NULL AND code = :code)""")
                .param("township", townshipCode).param("name", name).param("code", code)
                .query(Long.class).single() > 0;
    }

    void insertVillage(Village v, Instant at) {
        jdbc.sql("""
                INSERT INTO village (id, township_code, code, name, kind, lat, lon, population, created_at)
                VALUES (:id, :township, :code, :name, :kind, :lat, :lon, :population, :at)""")
                .param("id", v.id()).param("township", v.townshipCode()).param("code", v.code())
                .param("name", v.name()).param("kind", v.kind().name()).param("lat", v.lat()).param("lon", v.lon())
                .param("population", v.population()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    private static Township township(ResultSet rs, int row) throws SQLException {
        String wkt = rs.getString("boundary_wkt");
        return new Township(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                TownshipKind.valueOf(rs.getString("kind")), new GeoPoint(rs.getDouble("seat_lat"), rs.getDouble("seat_lon")),
                wkt == null ? null : Geometries.fromWkt(wkt), (Integer) rs.getObject("population"),
                rs.getString("duty_phone"), rs.getString("contact_person"));
    }

    private static Village village(ResultSet rs, int row) throws SQLException {
        return new Village(rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("code"),
                rs.getString("name"), Village.VillageKind.valueOf(rs.getString("kind")),
                (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), (Integer) rs.getObject("population"));
    }
}
