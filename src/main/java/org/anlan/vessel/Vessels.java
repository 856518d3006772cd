package org.anlan.vessel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of vessel and crew_member. */
@Repository
class Vessels {

    private static final String INSERT = """
            INSERT INTO vessel (id, name, registration_no, mmsi, beidou_terminal, vessel_kind, home_port, township_code,
                                length_m, power_kw, service_speed_kn, crew_capacity, owner_name, owner_phone, terminals,
                                registered_elsewhere, ammonia_refrigeration, synthetic, created_at, updated_at)
            VALUES (:id, :name, :registrationNo, :mmsi, :beidou, :kind, :homePort, :township, :length, :power, :speed,
                    :crew, :owner, :ownerPhone, CAST(:terminals AS text[]), :elsewhere, :ammonia, :synthetic,
                    :createdAt, :updatedAt)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Vessels(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Vessel v) {
        jdbc.sql(INSERT).paramSource(params(v)).update();
    }

    void insertAll(List<Vessel> vessels) {
        batch.batchUpdate(INSERT, vessels.stream().map(Vessels::params).toArray(SqlParameterSource[]::new));
    }

    void update(Vessel v) {
        jdbc.sql("""
                        UPDATE vessel SET name = :name, registration_no = :registrationNo, mmsi = :mmsi,
                               beidou_terminal = :beidou, vessel_kind = :kind, home_port = :homePort,
                               township_code = :township, length_m = :length, power_kw = :power,
                               service_speed_kn = :speed, crew_capacity = :crew, owner_name = :owner,
                               owner_phone = :ownerPhone, terminals = CAST(:terminals AS text[]),
                               registered_elsewhere = :elsewhere, ammonia_refrigeration = :ammonia,
                               updated_at = :updatedAt
                         WHERE id = :id""")
                .paramSource(params(v)).update();
    }

    Optional<Vessel> byId(UUID id) {
        return jdbc.sql("SELECT * FROM vessel WHERE id = :id").param("id", id).query(Vessels::map).optional();
    }

    Optional<Vessel> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM vessel WHERE id = :id FOR UPDATE").param("id", id).query(Vessels::map).optional();
    }

    Optional<Vessel> byRegistrationNo(String registrationNo) {
        return jdbc.sql("SELECT * FROM vessel WHERE registration_no = :no").param("no", registrationNo)
                .query(Vessels::map).optional();
    }

    /** Whether another vessel (not {@code except}) already uses this registration number, MMSI or Beidou id. */
    Optional<String> clash(VesselDraft d, UUID except) {
        return jdbc.sql("""
                        SELECT CASE WHEN registration_no = :no THEN 'registrationNo'
                                    WHEN mmsi = :mmsi THEN 'mmsi' ELSE 'beidouTerminal' END
                          FROM vessel
                         WHERE (registration_no = :no OR mmsi = :mmsi OR beidou_terminal = :beidou)
                           AND (CAST(:except AS uuid) IS NULL OR id <> :except)
                         LIMIT 1""")
                .param("no", d.registrationNo().trim()).param("mmsi", d.mmsi())
                .param("beidou", VesselPolicy.trimmed(d.beidouTerminal())).param("except", except)
                .query(String.class).optional();
    }

    List<Vessel> find(VesselFilter f) {
        return jdbc.sql("""
                        SELECT * FROM vessel
                         WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                           AND (CAST(:kind AS text) IS NULL OR vessel_kind = :kind)
                           AND (CAST(:port AS text) IS NULL OR home_port = :port)
                           AND (CAST(:text AS text) IS NULL OR name LIKE :text OR registration_no LIKE :text
                                OR CAST(mmsi AS text) LIKE :text)
                           AND (NOT :largeCrew OR crew_capacity >= :crewThreshold)
                           AND (NOT :elsewhere OR registered_elsewhere)
                           AND (NOT :ammonia OR ammonia_refrigeration)
                         ORDER BY township_code, name
                         LIMIT :limit""")
                .param("township", f.townshipCode()).param("kind", f.kind() == null ? null : f.kind().name())
                .param("port", f.homePort())
                .param("text", f.text() == null ? null : "%" + f.text().replace("%", "").replace("_", "") + "%")
                .param("largeCrew", f.flag() == VesselFlag.LARGE_CREW)
                .param("crewThreshold", VesselFlag.LARGE_CREW_THRESHOLD)
                .param("elsewhere", f.flag() == VesselFlag.REGISTERED_ELSEWHERE)
                .param("ammonia", f.flag() == VesselFlag.AMMONIA_REFRIGERATION)
                .param("limit", f.limit())
                .query(Vessels::map).list();
    }

    List<Vessel> all() {
        return jdbc.sql("SELECT * FROM vessel ORDER BY township_code, name").query(Vessels::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM vessel").query(Long.class).single();
    }

    /** Vessels per township and flag, for the registry's summary. */
    List<Map<String, Object>> countsByTownship() {
        return jdbc.sql("""
                        SELECT township_code, count(*) AS vessels,
                               count(*) FILTER (WHERE crew_capacity >= :threshold) AS large_crew,
                               count(*) FILTER (WHERE registered_elsewhere) AS elsewhere,
                               count(*) FILTER (WHERE ammonia_refrigeration) AS ammonia
                          FROM vessel GROUP BY township_code ORDER BY township_code""")
                .param("threshold", VesselFlag.LARGE_CREW_THRESHOLD)
                .query().listOfRows();
    }

    void insertCrew(CrewMember c) {
        jdbc.sql(CREW_INSERT).paramSource(crewParams(c)).update();
    }

    void insertAllCrew(List<CrewMember> crew) {
        batch.batchUpdate(CREW_INSERT, crew.stream().map(Vessels::crewParams).toArray(SqlParameterSource[]::new));
    }

    void deleteCrew(UUID vesselId) {
        jdbc.sql("DELETE FROM crew_member WHERE vessel_id = :id").param("id", vesselId).update();
    }

    List<CrewMember> crew(UUID vesselId) {
        return jdbc.sql("SELECT * FROM crew_member WHERE vessel_id = :id ORDER BY position, name").param("id", vesselId)
                .query(Vessels::mapCrew).list();
    }

    List<CrewMember> allCrew() {
        return jdbc.sql("SELECT * FROM crew_member ORDER BY vessel_id, position, name").query(Vessels::mapCrew).list();
    }

    private static final String CREW_INSERT = """
            INSERT INTO crew_member (id, vessel_id, name, position, phone, certificate_no, certificate_expires)
            VALUES (:id, :vesselId, :name, :position, :phone, :certificateNo, :expires)""";

    private static SqlParameterSource crewParams(CrewMember c) {
        return new MapSqlParameterSource().addValue("id", c.id()).addValue("vesselId", c.vesselId())
                .addValue("name", c.name()).addValue("position", c.position()).addValue("phone", c.phone())
                .addValue("certificateNo", c.certificateNo()).addValue("expires", c.certificateExpires());
    }

    private static SqlParameterSource params(Vessel v) {
        return new MapSqlParameterSource().addValue("id", v.id()).addValue("name", v.name())
                .addValue("registrationNo", v.registrationNo()).addValue("mmsi", v.mmsi())
                .addValue("beidou", v.beidouTerminal()).addValue("kind", v.kind().name())
                .addValue("homePort", v.homePort()).addValue("township", v.townshipCode())
                .addValue("length", v.lengthM()).addValue("power", v.powerKw()).addValue("speed", v.serviceSpeedKn())
                .addValue("crew", v.crewCapacity()).addValue("owner", v.ownerName())
                .addValue("ownerPhone", v.ownerPhone())
                .addValue("terminals", v.terminals().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("elsewhere", v.registeredElsewhere()).addValue("ammonia", v.ammoniaRefrigeration())
                .addValue("synthetic", v.synthetic())
                .addValue("createdAt", utc(v.createdAt())).addValue("updatedAt", utc(v.updatedAt()));
    }

    static Vessel map(ResultSet rs, int row) throws SQLException {
        int mmsiValue = rs.getInt("mmsi");
        Integer mmsi = rs.wasNull() ? null : mmsiValue;
        var terminals = EnumSet.noneOf(TerminalKind.class);
        Arrays.stream((String[]) rs.getArray("terminals").getArray()).map(TerminalKind::valueOf).forEach(terminals::add);
        return new Vessel(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("registration_no"),
                mmsi, rs.getString("beidou_terminal"), VesselKind.valueOf(rs.getString("vessel_kind")),
                rs.getString("home_port"), rs.getString("township_code"), rs.getBigDecimal("length_m"),
                rs.getBigDecimal("power_kw"), rs.getBigDecimal("service_speed_kn"), rs.getInt("crew_capacity"),
                rs.getString("owner_name"), rs.getString("owner_phone"), terminals,
                rs.getBoolean("registered_elsewhere"), rs.getBoolean("ammonia_refrigeration"), rs.getBoolean("synthetic"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static CrewMember mapCrew(ResultSet rs, int row) throws SQLException {
        return new CrewMember(rs.getObject("id", UUID.class), rs.getObject("vessel_id", UUID.class), rs.getString("name"),
                rs.getString("position"), rs.getString("phone"), rs.getString("certificate_no"),
                rs.getObject("certificate_expires", java.time.LocalDate.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
