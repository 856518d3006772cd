package org.anlan.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of monitoring_observation: per batch, the keys already stored are read and only new rows inserted, in one
 * multi-row statement. Observation times are whole microseconds (as {@link ReadingCheck} makes them), the
 * precision of the column.
 */
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

    /**
     * Inserts the readings (distinct keys) unless present; returns the keys that were new. The batch's stations are
     * locked first (as writers of their observations, until commit), the keys already stored in the time spans of
     * the batch are read by index range, and only the new rows are inserted: a plain insert costs about half of one
     * that resolves conflicts row by row. Rows travel as binary arrays (station and source as indexes into short text
     * arrays, times as epoch microseconds): no text encoding or date parsing per row on either side.
     */
    Set<Key> insertNew(List<Reading> readings, List<ObservationSource> sources, Instant receivedAt) {
        return template.execute((ConnectionCallback<Set<Key>>) connection -> {
            Map<String, List<Long>> timesByStation = new LinkedHashMap<>();
            for (Reading r : readings) {
                timesByStation.computeIfAbsent(r.stationId(), id -> new ArrayList<>()).add(epochMicros(r.observedAt()));
            }
            String[] stationIds = timesByStation.keySet().toArray(String[]::new);
            lockStations(connection, stationIds);
            Set<Key> stored = storedWithin(connection, TimeSpans.of(timesByStation));
            List<Reading> fresh = new ArrayList<>(readings.size());
            List<ObservationSource> freshSources = new ArrayList<>(readings.size());
            for (int i = 0; i < readings.size(); i++) {
                Reading r = readings.get(i);
                if (!stored.contains(new Key(r.stationId(), r.observedAt()))) {
                    fresh.add(r);
                    freshSources.add(sources.get(i));
                }
            }
            if (!fresh.isEmpty()) {
                insert(connection, fresh, freshSources, stationIds, receivedAt);
            }
            Set<Key> keys = new HashSet<>(fresh.size() * 2);
            fresh.forEach(r -> keys.add(new Key(r.stationId(), r.observedAt())));
            return keys;
        });
    }

    /**
     * Stands in for the foreign key to monitoring_station (V51), once per batch instead of once per row: every station
     * must exist; its row stays locked against other observation writers until commit, so no other transaction
     * stores the same key between {@link #storedWithin} and the insert. Stations are never deleted, and the checks
     * of every channel refuse unknown stations before this.
     */
    private static void lockStations(Connection connection, String[] stationIds) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("""
                SELECT count(*) FROM (SELECT id FROM monitoring_station WHERE id = ANY (?) ORDER BY id
                                      FOR NO KEY UPDATE) locked""")) {
            lock.setArray(1, connection.createArrayOf("text", stationIds));
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != stationIds.length) {
                    throw new DataIntegrityViolationException("observations of an unknown station among "
                            + Arrays.toString(Arrays.copyOf(stationIds, Math.min(stationIds.length, 20))));
                }
            }
        }
    }

    /** The keys stored within the spans (a range scan of the primary key each). */
    private static Set<Key> storedWithin(Connection connection, TimeSpans spans) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT o.station_id, (extract(epoch FROM o.observed_at) * 1000000)::int8
                  FROM unnest(?::text[], ?::int8[], ?::int8[]) AS span(station_id, from_micros, to_micros)
                  JOIN monitoring_observation o ON o.station_id = span.station_id
                   AND o.observed_at BETWEEN timestamptz 'epoch' + span.from_micros * interval '1 microsecond'
                                         AND timestamptz 'epoch' + span.to_micros * interval '1 microsecond'""")) {
            select.setArray(1, connection.createArrayOf("text", spans.stationIds()));
            select.setObject(2, spans.fromMicros()); // primitive arrays are sent in binary
            select.setObject(3, spans.toMicros());
            Set<Key> stored = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.add(new Key(rs.getString(1), fromEpochMicros(rs.getLong(2))));
                }
            }
            return stored;
        }
    }

    private static void insert(Connection connection, List<Reading> readings, List<ObservationSource> sources,
                               String[] stationIds, Instant receivedAt) throws SQLException {
        Map<String, Integer> stationIndex = new HashMap<>();
        for (String id : stationIds) {
            stationIndex.put(id, stationIndex.size() + 1);
        }
        int[] stations = new int[readings.size()];
        long[] micros = new long[readings.size()];
        long[] values = new long[readings.size()];
        int[] sourceIndexes = new int[readings.size()];
        for (int i = 0; i < stations.length; i++) {
            Reading r = readings.get(i);
            stations[i] = stationIndex.get(r.stationId());
            micros[i] = epochMicros(r.observedAt());
            values[i] = r.centi();
            sourceIndexes[i] = sources.get(i).ordinal() + 1;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO monitoring_observation (station_id, observed_at, value_centi, source, received_at)
                SELECT names.station_ids[r.station], timestamptz 'epoch' + r.micros * interval '1 microsecond',
                       r.centi, names.sources[r.source], ?
                  FROM (SELECT ?::text[] AS station_ids, ?::text[] AS sources) names,
                       unnest(?::int4[], ?::int8[], ?::int8[], ?::int4[]) AS r(station, micros, centi, source)""")) {
            insert.setObject(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            insert.setArray(2, connection.createArrayOf("text", stationIds));
            insert.setArray(3, connection.createArrayOf("text",
                    Arrays.stream(ObservationSource.values()).map(Enum::name).toArray()));
            insert.setObject(4, stations);
            insert.setObject(5, micros);
            insert.setObject(6, values);
            insert.setObject(7, sourceIndexes);
            insert.executeUpdate();
        }
    }

    static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    static Instant fromEpochMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
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
