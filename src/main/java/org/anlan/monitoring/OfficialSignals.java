package org.anlan.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of monitoring_official_signal. */
@Repository
class OfficialSignals {

    private static final String COLUMNS = "id, source_ref, hazard, level, township_codes, issuer, issued_at, expires_at, "
            + "imported_at, imported_by";
    private final JdbcClient jdbc;

    OfficialSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(OfficialSignal s) {
        return jdbc.sql("""
                        INSERT INTO monitoring_official_signal (id, source_ref, hazard, level, township_codes, issuer,
                                                                issued_at, expires_at, imported_at, imported_by)
                        VALUES (:id, :ref, :hazard, :level, CAST(:townships AS text[]), :issuer, :issued, :expires,
                                :imported, :by)
                        ON CONFLICT (source_ref) DO NOTHING""")
                .param("id", s.id()).param("ref", s.sourceRef()).param("hazard", s.hazard().name())
                .param("level", s.level().name()).param("townships", s.townshipCodes().toArray(String[]::new))
                .param("issuer", s.issuer()).param("issued", utc(s.issuedAt())).param("expires", utc(s.expiresAt()))
                .param("imported", utc(s.importedAt())).param("by", s.importedBy())
                .update() == 1;
    }

    Optional<OfficialSignal> bySourceRef(String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_official_signal WHERE source_ref = :ref")
                .param("ref", ref).query((rs, n) -> map(rs)).optional();
    }

    List<OfficialSignal> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_official_signal ORDER BY issued_at DESC LIMIT :limit")
                .param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    private static OfficialSignal map(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
        return new OfficialSignal(rs.getObject("id", UUID.class), rs.getString("source_ref"),
                Hazard.valueOf(rs.getString("hazard")), Level.valueOf(rs.getString("level")),
                Arrays.asList((String[]) rs.getArray("township_codes").getArray()), rs.getString("issuer"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), expires == null ? null : expires.toInstant(),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
