package org.anlan.monitoring;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of monitoring_observation: one multi-row insert per batch that reports which rows were new. */
@Repository
class Observations {

    record Key(String stationId, Instant observedAt) {
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    Observations(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Inserts the readings (distinct keys) unless present; returns the keys that were new. */
    Set<Key> insertNew(List<Reading> readings, List<String> sources, Instant receivedAt) {
        return template.execute((ConnectionCallback<Set<Key>>) connection -> {
            String[] ids = new String[readings.size()];
            Timestamp[] times = new Timestamp[readings.size()];
            Long[] values = new Long[readings.size()];
            for (int i = 0; i < ids.length; i++) {
                Reading r = readings.get(i);
                ids[i] = r.stationId();
                times[i] = Timestamp.from(r.observedAt());
                values[i] = r.centi();
            }
            Array idArray = connection.createArrayOf("text", ids);
            Array timeArray = connection.createArrayOf("timestamptz", times);
            Array valueArray = connection.createArrayOf("int8", values);
            Array sourceArray = connection.createArrayOf("text", sources.toArray());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO monitoring_observation (station_id, observed_at, value_centi, source, received_at)
                    SELECT * , ? FROM unnest(?::text[], ?::timestamptz[], ?::bigint[], ?::text[])
                    ON CONFLICT DO NOTHING
                    RETURNING station_id, observed_at""")) {
                insert.setObject(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
                insert.setArray(2, idArray);
                insert.setArray(3, timeArray);
                insert.setArray(4, valueArray);
                insert.setArray(5, sourceArray);
                Set<Key> fresh = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(new Key(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                    }
                }
                return fresh;
            } finally {
                idArray.free();
                timeArray.free();
                valueArray.free();
                sourceArray.free();
            }
        });
    }

    /** Every reading observed at or after {@code from}, in time order (to rebuild the live state). */
    void since(Instant from, Consumer<Reading> sink) {
        jdbc.sql("""
                        SELECT station_id, observed_at, value_centi FROM monitoring_observation
                         WHERE observed_at >= :from ORDER BY observed_at""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .query(rs -> {
                    sink.accept(new Reading(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getLong(3)));
                });
    }

    /** The latest reading of each station before {@code before} (instantaneous kinds older than the replay). */
    void latestBefore(Instant before, Consumer<Reading> sink) {
        jdbc.sql("""
                        SELECT DISTINCT ON (station_id) station_id, observed_at, value_centi FROM monitoring_observation
                         WHERE observed_at < :before ORDER BY station_id, observed_at DESC""")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .query(rs -> {
                    sink.accept(new Reading(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getLong(3)));
                });
    }

    List<Reading> ofStation(String stationId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT station_id, observed_at, value_centi FROM monitoring_observation
                         WHERE station_id = :id AND observed_at > :from AND observed_at <= :to ORDER BY observed_at
                         LIMIT 5000""")
                .param("id", stationId).param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new Reading(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getLong(3)))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM monitoring_observation").query(Long.class).single();
    }
}
