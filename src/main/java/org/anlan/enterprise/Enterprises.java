package org.anlan.enterprise;

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

/** The SQL of enterprise and enterprise_member. */
@Repository
class Enterprises {

    private static final String COLUMNS = """
            id, name, credit_code, industry, township_code, address, lat, lon, above_scale, standardisation,
            liability_insured, safety_officers, synthetic, created_at, updated_at""";

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enterprises of one township (or all with null), of one industry (or all), by name. */
    List<Enterprise> find(String townshipCode, Industry industry, String nameContains) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM enterprise
                        WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                          AND (CAST(:industry AS text) IS NULL OR industry = :industry)
                          AND (CAST(:name AS text) IS NULL OR strpos(name, :name) > 0)
                        ORDER BY township_code, name""")
                .param("township", townshipCode).param("industry", industry == null ? null : industry.name())
                .param("name", nameContains)
                .query(Enterprises::map).list();
    }

    Optional<Enterprise> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = :id").param("id", id)
                .query(Enterprises::map).optional();
    }

    Optional<Enterprise> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = :id FOR UPDATE").param("id", id)
                .query(Enterprises::map).optional();
    }

    /** The id of another enterprise with this name or credit code, if any. */
    Optional<UUID> clash(String name, String creditCode, UUID except) {
        return jdbc.sql("""
                        SELECT id FROM enterprise
                         WHERE (name = :name OR credit_code = :code) AND (CAST(:except AS uuid) IS NULL OR id <> :except)
                         LIMIT 1""")
                .param("name", name).param("code", creditCode).param("except", except)
                .query(UUID.class).optional();
    }

    boolean insertIfAbsent(Enterprise e) {
        return jdbc.sql("""
                        INSERT INTO enterprise (id, name, credit_code, industry, township_code, address, lat, lon,
                                                above_scale, standardisation, liability_insured, safety_officers,
                                                synthetic, created_at, updated_at)
                        VALUES (:id, :name, :code, :industry, :township, :address, :lat, :lon, :aboveScale,
                                :standardisation, :insured, :officers, :synthetic, :createdAt, :updatedAt)
                        ON CONFLICT DO NOTHING""")
                .paramSource(params(e)).update() == 1;
    }

    void update(Enterprise e) {
        jdbc.sql("""
                        UPDATE enterprise SET name = :name, credit_code = :code, industry = :industry,
                               township_code = :township, address = :address, lat = :lat, lon = :lon,
                               above_scale = :aboveScale, standardisation = :standardisation,
                               liability_insured = :insured, safety_officers = :officers, updated_at = :updatedAt
                         WHERE id = :id""")
                .paramSource(params(e)).update();
    }

    Optional<UUID> enterpriseOf(String username) {
        return jdbc.sql("SELECT enterprise_id FROM enterprise_member WHERE username = :u").param("u", username)
                .query(UUID.class).optional();
    }

    List<String> members(UUID enterprise) {
        return jdbc.sql("SELECT username FROM enterprise_member WHERE enterprise_id = :e ORDER BY username")
                .param("e", enterprise).query(String.class).list();
    }

    /** Links the user to the enterprise (moving them if linked elsewhere); the previous enterprise, if any. */
    Optional<UUID> link(String username, UUID enterprise, Instant at) {
        Optional<UUID> previous = enterpriseOf(username);
        jdbc.sql("""
                        INSERT INTO enterprise_member (username, enterprise_id, linked_at) VALUES (:u, :e, :at)
                        ON CONFLICT (username) DO UPDATE SET enterprise_id = :e, linked_at = :at""")
                .param("u", username).param("e", enterprise).param("at", utc(at)).update();
        return previous;
    }

    private static java.util.Map<String, Object> params(Enterprise e) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", e.id().value());
        p.put("name", e.name());
        p.put("code", e.creditCode().value());
        p.put("industry", e.industry().name());
        p.put("township", e.townshipCode());
        p.put("address", e.address());
        p.put("lat", e.location().lat());
        p.put("lon", e.location().lon());
        p.put("aboveScale", e.aboveScale());
        p.put("standardisation", e.standardisation().name());
        p.put("insured", e.liabilityInsured());
        p.put("officers", e.safetyOfficers());
        p.put("synthetic", e.synthetic());
        p.put("createdAt", utc(e.createdAt()));
        p.put("updatedAt", utc(e.updatedAt()));
        return p;
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        return new Enterprise(new EnterpriseId(rs.getObject("id", UUID.class)), rs.getString("name"),
                new UnifiedSocialCreditCode(rs.getString("credit_code")), Industry.valueOf(rs.getString("industry")),
                rs.getString("township_code"), rs.getString("address"),
                new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getBoolean("above_scale"),
                StandardisationLevel.valueOf(rs.getString("standardisation")), rs.getBoolean("liability_insured"),
                rs.getString("safety_officers"), rs.getBoolean("synthetic"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
