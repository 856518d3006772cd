package org.anlan.typhoon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of typhoon_track and typhoon_fix. */
@Repository
class Tracks {

    private static final String SUMMARY_COLUMNS = """
            id, agency, number, name, source_format, source_name, fix_count, min_pressure, first_fix, last_fix,
            imported_at, imported_by""";

    private final JdbcClient jdbc;

    Tracks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String agency, String number, Instant firstFix) {
        return jdbc.sql("SELECT count(*) FROM typhoon_track WHERE agency = :agency AND number = :number AND first_fix = :first")
                .param("agency", agency).param("number", number).param("first", utc(firstFix))
                .query(Integer.class).single() > 0;
    }

    void insert(TrackSummary summary, Track track) {
        jdbc.sql("""
                        INSERT INTO typhoon_track (id, agency, number, name, source_format, source_name, fix_count,
                                                   min_pressure, first_fix, last_fix, imported_at, imported_by)
                        VALUES (:id, :agency, :number, :name, :format, :source, :fixes, :minPressure, :first, :last,
                                :importedAt, :importedBy)""")
                .param("id", summary.id()).param("agency", summary.agency()).param("number", summary.number())
                .param("name", summary.name()).param("format", summary.sourceFormat().name())
                .param("source", summary.sourceName()).param("fixes", summary.fixCount())
                .param("minPressure", summary.minPressureHpa()).param("first", utc(summary.firstFix()))
                .param("last", utc(summary.lastFix())).param("importedAt", utc(summary.importedAt()))
                .param("importedBy", summary.importedBy())
                .update();
        int seq = 0;
        for (TrackFix fix : track.fixes()) {
            WindRadius r50 = radius(fix, 50);
            WindRadius r30 = radius(fix, 30);
            jdbc.sql("""
                            INSERT INTO typhoon_fix (track_id, seq, fix_time, lat, lon, pressure_hpa, max_wind_ms, grade,
                                                     r50_direction, r50_longest_nm, r50_shortest_nm,
                                                     r30_direction, r30_longest_nm, r30_shortest_nm)
                            VALUES (:track, :seq, :time, :lat, :lon, :pressure, :wind, :grade,
                                    :r50Direction, :r50Longest, :r50Shortest, :r30Direction, :r30Longest, :r30Shortest)""")
                    .param("track", summary.id()).param("seq", seq++).param("time", utc(fix.time()))
                    .param("lat", fix.centre().lat()).param("lon", fix.centre().lon())
                    .param("pressure", fix.pressureHpa()).param("wind", fix.maxWindMs()).param("grade", fix.grade())
                    .param("r50Direction", direction(r50)).param("r50Longest", r50 == null ? null : r50.longestNm())
                    .param("r50Shortest", r50 == null ? null : r50.shortestNm())
                    .param("r30Direction", direction(r30)).param("r30Longest", r30 == null ? null : r30.longestNm())
                    .param("r30Shortest", r30 == null ? null : r30.shortestNm())
                    .update();
        }
    }

    List<TrackSummary> all() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM typhoon_track ORDER BY first_fix DESC, agency")
                .query(Tracks::summary).list();
    }

    Optional<TrackSummary> summary(UUID id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM typhoon_track WHERE id = :id").param("id", id)
                .query(Tracks::summary).optional();
    }

    List<TrackSummary> byNumber(String number) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM typhoon_track WHERE number = :number ORDER BY first_fix DESC, agency")
                .param("number", number).query(Tracks::summary).list();
    }

    Optional<StoredTrack> byId(UUID id) {
        return summary(id).map(summary -> new StoredTrack(summary, new Track(summary.agency(), summary.number(),
                summary.name(), fixes(id))));
    }

    private List<TrackFix> fixes(UUID id) {
        return jdbc.sql("""
                        SELECT fix_time, lat, lon, pressure_hpa, max_wind_ms, grade, r50_direction, r50_longest_nm,
                               r50_shortest_nm, r30_direction, r30_longest_nm, r30_shortest_nm
                          FROM typhoon_fix WHERE track_id = :id ORDER BY seq""")
                .param("id", id)
                .query((rs, n) -> {
                    List<WindRadius> radii = new ArrayList<>(2);
                    readRadius(rs, "r50", 50).ifPresent(radii::add);
                    readRadius(rs, "r30", 30).ifPresent(radii::add);
                    return new TrackFix(rs.getObject("fix_time", OffsetDateTime.class).toInstant(),
                            new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                            rs.getObject("pressure_hpa", Integer.class), rs.getObject("max_wind_ms", Double.class),
                            rs.getString("grade"), radii);
                })
                .list();
    }

    private static Optional<WindRadius> readRadius(ResultSet rs, String prefix, int knots) throws SQLException {
        Integer longest = rs.getObject(prefix + "_longest_nm", Integer.class);
        if (longest == null) {
            return Optional.empty();
        }
        String direction = rs.getString(prefix + "_direction");
        return Optional.of(new WindRadius(knots, direction == null ? null : CompassDirection.valueOf(direction), longest,
                rs.getInt(prefix + "_shortest_nm")));
    }

    private static WindRadius radius(TrackFix fix, int knots) {
        return fix.radii().stream().filter(r -> r.thresholdKnots() == knots).findFirst().orElse(null);
    }

    private static String direction(WindRadius radius) {
        return radius == null || radius.longestDirection() == null ? null : radius.longestDirection().name();
    }

    private static TrackSummary summary(ResultSet rs, int row) throws SQLException {
        return new TrackSummary(rs.getObject("id", UUID.class), rs.getString("agency"), rs.getString("number"),
                rs.getString("name"), TrackFormat.valueOf(rs.getString("source_format")), rs.getString("source_name"),
                rs.getInt("fix_count"), rs.getObject("min_pressure", Integer.class),
                rs.getObject("first_fix", OffsetDateTime.class).toInstant(),
                rs.getObject("last_fix", OffsetDateTime.class).toInstant(),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
