package org.anlan.shelter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of shelter_stay. */
@Repository
class Stays {

    private final JdbcClient jdbc;

    Stays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stay s) {
        jdbc.sql("""
                        INSERT INTO shelter_stay (id, shelter_id, household_head, id_number_mask, village_id, village_name,
                                                  people, phone, checked_in_at, checked_in_by)
                        VALUES (:id, :shelter, :head, :mask, :villageId, :village, :people, :phone, :at, :by)""")
                .param("id", s.id()).param("shelter", s.shelterId()).param("head", s.householdHead())
                .param("mask", s.idNumberMasked()).param("villageId", s.villageId()).param("village", s.villageName())
                .param("people", s.people()).param("phone", s.phone()).param("at", Shelters.utc(s.checkedInAt()))
                .param("by", s.checkedInBy())
                .update();
    }

    Optional<Stay> lock(UUID id) {
        return jdbc.sql("SELECT * FROM shelter_stay WHERE id = :id FOR UPDATE").param("id", id).query(Stays::stay).optional();
    }

    void checkOut(UUID id, Instant at) {
        jdbc.sql("UPDATE shelter_stay SET checked_out_at = :at WHERE id = :id").param("at", Shelters.utc(at))
                .param("id", id).update();
    }

    int present(UUID shelterId) {
        return jdbc.sql("SELECT coalesce(sum(people), 0) FROM shelter_stay WHERE shelter_id = :id AND checked_out_at IS NULL")
                .param("id", shelterId).query(Integer.class).single();
    }

    Map<UUID, Integer> presentByShelter() {
        Map<UUID, Integer> present = new HashMap<>();
        jdbc.sql("SELECT shelter_id, sum(people) AS people FROM shelter_stay WHERE checked_out_at IS NULL GROUP BY shelter_id")
                .query((rs, row) -> present.put(rs.getObject("shelter_id", UUID.class), rs.getInt("people"))).list();
        return present;
    }

    List<Stay> ofShelter(UUID shelterId, boolean presentOnly) {
        return jdbc.sql("""
                        SELECT * FROM shelter_stay WHERE shelter_id = :id AND (NOT :present OR checked_out_at IS NULL)
                         ORDER BY checked_in_at DESC, household_head""")
                .param("id", shelterId).param("present", presentOnly).query(Stays::stay).list();
    }

    private static Stay stay(ResultSet rs, int row) throws SQLException {
        OffsetDateTime out = rs.getObject("checked_out_at", OffsetDateTime.class);
        return new Stay(rs.getObject("id", UUID.class), rs.getObject("shelter_id", UUID.class),
                rs.getString("household_head"), rs.getString("id_number_mask"), rs.getObject("village_id", UUID.class),
                rs.getString("village_name"), rs.getInt("people"), rs.getString("phone"),
                rs.getObject("checked_in_at", OffsetDateTime.class).toInstant(), out == null ? null : out.toInstant(),
                rs.getString("checked_in_by"));
    }
}
