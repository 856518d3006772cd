package org.anlan.shelter;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of shelter and shelter_check. */
@Repository
class Shelters {

    /** A shelter row before its capacity is derived from the configuration. */
    record Row(UUID id, String name, ShelterLevel level, ShelterKind kind, String townshipCode, String villageName,
               String address, BigDecimal usableAreaM2, List<String> facilities, boolean accessible, String contact,
               String phone, GeoPoint location, boolean open, boolean provincialStandard, boolean synthetic,
               Instant openedAt) {
    }

    private final JdbcClient jdbc;

    Shelters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(Row s, Instant at) {
        return jdbc.sql("""
                        INSERT INTO shelter (id, name, level, kind, township_code, village_name, address, usable_area_m2,
                                             facilities, accessible, contact, phone, lat, lon, status, provincial_standard,
                                             synthetic, created_at, updated_at)
                        VALUES (:id, :name, :level, :kind, :township, :village, :address, :area,
                                CAST(:facilities AS text[]), :accessible, :contact, :phone, :lat, :lon, 'CLOSED',
                                :provincial, :synthetic, :at, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", s.id()).param("name", s.name()).param("level", s.level().name())
                .param("kind", s.kind().name()).param("township", s.townshipCode()).param("village", s.villageName())
                .param("address", s.address()).param("area", s.usableAreaM2())
                .param("facilities", s.facilities().toArray(String[]::new)).param("accessible", s.accessible())
                .param("contact", s.contact()).param("phone", s.phone()).param("lat", s.location().lat())
                .param("lon", s.location().lon()).param("provincial", s.provincialStandard())
                .param("synthetic", s.synthetic()).param("at", utc(at))
                .update() == 1;
    }

    List<Row> find(String townshipCode) {
        return jdbc.sql("""
                        SELECT * FROM shelter WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                         ORDER BY township_code, array_position(ARRAY['COUNTY','TOWNSHIP','VILLAGE'], level), name""")
                .param("township", townshipCode).query(Shelters::row).list();
    }

    Optional<Row> byId(UUID id) {
        return jdbc.sql("SELECT * FROM shelter WHERE id = :id").param("id", id).query(Shelters::row).optional();
    }

    Optional<Row> lock(UUID id) {
        return jdbc.sql("SELECT * FROM shelter WHERE id = :id FOR UPDATE").param("id", id).query(Shelters::row).optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM shelter WHERE name = :name").param("name", name).query(Long.class).single() > 0;
    }

    void setOpen(UUID id, boolean open, Instant at) {
        jdbc.sql("""
                        UPDATE shelter SET status = :status, opened_at = CASE WHEN :open THEN :at ELSE NULL END, updated_at = :at
                         WHERE id = :id""")
                .param("status", open ? "OPEN" : "CLOSED").param("open", open).param("at", utc(at)).param("id", id)
                .update();
    }

    void putCheck(ShelterCheck check) {
        jdbc.sql("""
                        INSERT INTO shelter_check (shelter_id, item, met, evidence, checked_by, checked_at)
                        VALUES (:shelter, :item, :met, :evidence, :by, :at)
                        ON CONFLICT (shelter_id, item) DO UPDATE
                           SET met = EXCLUDED.met, evidence = EXCLUDED.evidence, checked_by = EXCLUDED.checked_by,
                               checked_at = EXCLUDED.checked_at""")
                .param("shelter", check.shelterId()).param("item", check.item().name()).param("met", check.met())
                .param("evidence", check.evidence()).param("by", check.checkedBy()).param("at", utc(check.checkedAt()))
                .update();
    }

    boolean insertCheckIfAbsent(ShelterCheck check) {
        return jdbc.sql("""
                        INSERT INTO shelter_check (shelter_id, item, met, evidence, checked_by, checked_at)
                        VALUES (:shelter, :item, :met, :evidence, :by, :at) ON CONFLICT DO NOTHING""")
                .param("shelter", check.shelterId()).param("item", check.item().name()).param("met", check.met())
                .param("evidence", check.evidence()).param("by", check.checkedBy()).param("at", utc(check.checkedAt()))
                .update() == 1;
    }

    List<ShelterCheck> checks(UUID shelterId) {
        return jdbc.sql("SELECT * FROM shelter_check WHERE shelter_id = :id").param("id", shelterId)
                .query(Shelters::check).list();
    }

    /** Shelters whose every checklist item is met. */
    List<UUID> standardised() {
        return jdbc.sql("""
                        SELECT shelter_id FROM shelter_check WHERE met GROUP BY shelter_id HAVING count(*) = :items""")
                .param("items", StandardItem.values().length).query(UUID.class).list();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static ShelterCheck check(ResultSet rs, int row) throws SQLException {
        return new ShelterCheck(rs.getObject("shelter_id", UUID.class), StandardItem.valueOf(rs.getString("item")),
                rs.getBoolean("met"), rs.getString("evidence"), rs.getString("checked_by"),
                rs.getObject("checked_at", OffsetDateTime.class).toInstant());
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime opened = rs.getObject("opened_at", OffsetDateTime.class);
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), ShelterLevel.valueOf(rs.getString("level")),
                ShelterKind.valueOf(rs.getString("kind")), rs.getString("township_code"), rs.getString("village_name"),
                rs.getString("address"), rs.getObject("usable_area_m2", BigDecimal.class),
                Arrays.asList((String[]) rs.getArray("facilities").getArray()), rs.getBoolean("accessible"),
                rs.getString("contact"), rs.getString("phone"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                rs.getString("status").equals("OPEN"), rs.getBoolean("provincial_standard"), rs.getBoolean("synthetic"),
                opened == null ? null : opened.toInstant());
    }
}
