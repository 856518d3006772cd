package org.anlan.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of expert. */
@Repository
class Experts {

    private final JdbcClient jdbc;

    Experts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the expert unless one with the id, or the same name at the same organisation, exists. */
    boolean insertIfAbsent(Expert e, Instant at) {
        return jdbc.sql("""
                        INSERT INTO expert (id, name, specialities, organisation, phone, township_code, created_at)
                        VALUES (:id, :name, CAST(:specialities AS text[]), :organisation, :phone, :township, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.id()).param("name", e.name()).param("specialities", e.specialities().toArray(String[]::new))
                .param("organisation", e.organisation()).param("phone", e.phone()).param("township", e.townshipCode())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    List<Expert> find(String townshipCode, String speciality) {
        return jdbc.sql("""
                        SELECT * FROM expert
                         WHERE (CAST(:township AS text) IS NULL OR township_code = :township)
                           AND (CAST(:speciality AS text) IS NULL OR :speciality = ANY (specialities))
                         ORDER BY specialities[1], name""")
                .param("township", townshipCode).param("speciality", speciality)
                .query(Experts::expert).list();
    }

    private static Expert expert(ResultSet rs, int row) throws SQLException {
        return new Expert(rs.getObject("id", UUID.class), rs.getString("name"),
                List.of((String[]) rs.getArray("specialities").getArray()), rs.getString("organisation"),
                rs.getString("phone"), rs.getString("township_code"));
    }
}
