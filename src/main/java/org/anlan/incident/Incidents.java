package org.anlan.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the incident tables. */
@Repository
class Incidents {

    record IdempotencyRecord(String key, String requestHash, UUID incidentId) {
    }

    /** A new incident with the idempotency key and request hash that created it (both null without a key). */
    record Keyed(Incident incident, String idempotencyKey, String requestHash) {
    }

    /**
     * A whole batch in one statement: every column travels as one array and {@code unnest} turns them back into
     * rows, so the server parses, plans and starts one insert per batch (a batch of single-row statements, even
     * rewritten into multi-row VALUES, costs it an expression per value). Times travel as epoch microseconds.
     */
    private static final String INSERT = """
            INSERT INTO incident (id, type_code, category, channel, occurred_at, learned_at, lat, lon, township_code, at_sea,
                address, dead, missing, seriously_injured, injured, direct_loss_yuan, burned_hectares, description, severity,
                computed_severity, grading_reasons, severity_override_reason, status, merged_into, reporter_name,
                reporter_phone, reported_by, source_ref, closed_at, updated_at, idempotency_key, request_hash)
            SELECT r.id, r.type_code, r.category, r.channel, %1$s(r.occurred_at), %1$s(r.learned_at), r.lat, r.lon,
                r.township_code, r.at_sea, r.address, r.dead, r.missing, r.seriously_injured, r.injured, r.direct_loss_yuan,
                r.burned_hectares, r.description, r.severity, r.computed_severity, r.grading_reasons,
                r.severity_override_reason, r.status, r.merged_into, r.reporter_name, r.reporter_phone, r.reported_by,
                r.source_ref, %1$s(r.closed_at), %1$s(r.updated_at), r.idempotency_key, r.request_hash
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::float8[], ?::float8[], ?::text[],
                ?::bool[], ?::text[], ?::int4[], ?::int4[], ?::int4[], ?::int4[], ?::int8[], ?::float8[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int8[],
                ?::int8[], ?::text[], ?::text[])
              AS r(id, type_code, category, channel, occurred_at, learned_at, lat, lon, township_code, at_sea, address, dead,
                missing, seriously_injured, injured, direct_loss_yuan, burned_hectares, description, severity,
                computed_severity, grading_reasons, severity_override_reason, status, merged_into, reporter_name,
                reporter_phone, reported_by, source_ref, closed_at, updated_at, idempotency_key, request_hash)""".formatted("timestamptz 'epoch' + interval '1 microsecond' * ");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Incidents(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertAll(List<Keyed> incidents) {
        if (incidents.isEmpty()) {
            return;
        }
        template.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert, connection, incidents);
                insert.executeUpdate();
            }
            return null;
        });
    }

    Map<String, IdempotencyRecord> idempotencyRecords(Collection<String> keys) {
        Map<String, IdempotencyRecord> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // one array parameter: the same statement (and plan) for every batch size
        jdbc.sql("""
                SELECT idempotency_key, request_hash, id FROM incident
                WHERE idempotency_key = ANY(:keys) AND idempotency_key IS NOT NULL""")
                .param("keys", keys.toArray(String[]::new))
                .query((rs, n) -> new IdempotencyRecord(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .list()
                .forEach(r -> found.put(r.key(), r));
        return found;
    }

    Optional<Incident> byId(UUID id) {
        return jdbc.sql("SELECT * FROM incident WHERE id = :id").param("id", id).query(Incidents::incident).optional();
    }

    List<Incident> recent(String townshipCode, boolean openOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM incident
                WHERE (CAST(:township AS TEXT) IS NULL OR township_code = :township)
                  AND (NOT :openOnly OR status NOT IN ('CLOSED', 'MERGED'))
                ORDER BY learned_at DESC LIMIT :limit""")
                .param("township", townshipCode).param("openOnly", openOnly).param("limit", limit)
                .query(Incidents::incident).list();
    }

    List<Incident> learnedSince(Instant since) {
        return jdbc.sql("SELECT * FROM incident WHERE learned_at >= :since AND status <> 'MERGED'")
                .param("since", utc(since)).query(Incidents::incident).list();
    }

    /**
     * Incidents that may still owe an upward report — open, or closed within 30 days (the final report) — and were
     * learned of before {@code learnedBefore}.
     */
    List<Incident> owingReportsLearnedBefore(Instant learnedBefore) {
        return jdbc.sql("""
                SELECT * FROM incident
                WHERE learned_at < :before
                  AND (status NOT IN ('CLOSED', 'MERGED') OR (status = 'CLOSED' AND closed_at > now() - interval '30 days'))""")
                .param("before", utc(learnedBefore)).query(Incidents::incident).list();
    }

    void updateSeverity(Incident incident) {
        jdbc.sql("""
                UPDATE incident SET severity = :severity, severity_override_reason = :reason, updated_at = :at WHERE id = :id""")
                .param("severity", incident.severity().name()).param("reason", incident.severityOverrideReason())
                .param("at", utc(incident.updatedAt())).param("id", incident.id())
                .update();
    }

    void updateStatus(Incident incident) {
        jdbc.sql("""
                UPDATE incident SET status = :status, merged_into = :merged, closed_at = :closed, updated_at = :at
                WHERE id = :id""")
                .param("status", incident.status().name()).param("merged", incident.mergedInto())
                .param("closed", incident.closedAt() == null ? null : utc(incident.closedAt()))
                .param("at", utc(incident.updatedAt())).param("id", incident.id())
                .update();
    }

    void insertReport(UpwardReport report) {
        jdbc.sql("""
                INSERT INTO incident_report (id, incident_id, kind, channel, filed_at, filed_by, recipient, content)
                VALUES (:id, :incident, :kind, :channel, :at, :by, :recipient, :content)""")
                .param("id", report.id()).param("incident", report.incidentId()).param("kind", report.kind().name())
                .param("channel", report.channel().name()).param("at", utc(report.filedAt())).param("by", report.filedBy())
                .param("recipient", report.recipient()).param("content", report.content())
                .update();
    }

    List<UpwardReport> reports(UUID incidentId) {
        return jdbc.sql("SELECT * FROM incident_report WHERE incident_id = :id ORDER BY filed_at")
                .param("id", incidentId)
                .query(Incidents::upwardReport)
                .list();
    }

    /** The upward reports of many incidents in one query, by incident. */
    Map<UUID, List<UpwardReport>> reportsOf(Collection<UUID> incidentIds) {
        Map<UUID, List<UpwardReport>> byIncident = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return byIncident;
        }
        jdbc.sql("SELECT * FROM incident_report WHERE incident_id = ANY(:ids) ORDER BY filed_at")
                .param("ids", incidentIds.toArray(UUID[]::new))
                .query(Incidents::upwardReport).list()
                .forEach(r -> byIncident.computeIfAbsent(r.incidentId(), id -> new ArrayList<>()).add(r));
        return byIncident;
    }

    /** Obligations already escalated, as "incident id|obligation", among the given incidents. */
    Set<String> escalatedObligations(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT incident_id, obligation FROM incident_escalation WHERE incident_id = ANY(:ids)")
                .param("ids", incidentIds.toArray(UUID[]::new))
                .query((rs, n) -> escalationKey(rs.getObject(1, UUID.class), rs.getString(2))).list());
    }

    static String escalationKey(UUID incidentId, String obligation) {
        return incidentId + "|" + obligation;
    }

    private static UpwardReport upwardReport(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UpwardReport(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                ReportKind.valueOf(rs.getString("kind")), ReportChannel.valueOf(rs.getString("channel")),
                rs.getTimestamp("filed_at").toInstant(), rs.getString("filed_by"), rs.getString("recipient"),
                rs.getString("content"));
    }

    boolean recordEscalation(UUID incidentId, String obligation, Instant dueAt, Instant raisedAt) {
        return jdbc.sql("""
                INSERT INTO incident_escalation (incident_id, obligation, due_at, raised_at) VALUES (:id, :obligation, :due, :at)
                ON CONFLICT DO NOTHING""")
                .param("id", incidentId).param("obligation", obligation).param("due", utc(dueAt)).param("at", utc(raisedAt))
                .update() > 0;
    }

    List<Map.Entry<String, Instant>> escalations(UUID incidentId) {
        return jdbc.sql("SELECT obligation, due_at FROM incident_escalation WHERE incident_id = :id ORDER BY due_at")
                .param("id", incidentId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
    }

    void insertPhoto(IncidentPhoto p) {
        jdbc.sql("""
                INSERT INTO incident_photo (id, incident_id, content_type, size_bytes, sha256, stored_name, uploaded_by, uploaded_at)
                VALUES (:id, :incident, :type, :size, :sha, :name, :by, :at)""")
                .param("id", p.id()).param("incident", p.incidentId()).param("type", p.contentType())
                .param("size", p.sizeBytes()).param("sha", p.sha256()).param("name", p.storedName())
                .param("by", p.uploadedBy()).param("at", utc(p.uploadedAt()))
                .update();
    }

    List<IncidentPhoto> photos(UUID incidentId) {
        return jdbc.sql("SELECT * FROM incident_photo WHERE incident_id = :id ORDER BY uploaded_at")
                .param("id", incidentId)
                .query((rs, n) -> new IncidentPhoto(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getString("stored_name"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    private static void bind(PreparedStatement ps, Connection connection, List<Keyed> rows) throws SQLException {
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] mergedInto = new UUID[n];
        String[][] text = new String[17][n];
        long[] occurredAt = new long[n];
        long[] learnedAt = new long[n];
        long[] updatedAt = new long[n];
        Long[] closedAt = new Long[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        boolean[] atSea = new boolean[n];
        int[][] casualties = new int[4][n];
        long[] loss = new long[n];
        Double[] burned = new Double[n];
        for (int k = 0; k < n; k++) {
            Incident i = rows.get(k).incident();
            ids[k] = i.id();
            mergedInto[k] = i.mergedInto();
            occurredAt[k] = epochMicros(i.occurredAt());
            learnedAt[k] = epochMicros(i.learnedAt());
            updatedAt[k] = epochMicros(i.updatedAt());
            closedAt[k] = i.closedAt() == null ? null : epochMicros(i.closedAt());
            lat[k] = i.location().lat();
            lon[k] = i.location().lon();
            atSea[k] = i.atSea();
            casualties[0][k] = i.casualties().dead();
            casualties[1][k] = i.casualties().missing();
            casualties[2][k] = i.casualties().seriouslyInjured();
            casualties[3][k] = i.casualties().injured();
            loss[k] = i.directLossYuan();
            burned[k] = i.burnedHectares();
            String[] values = {i.type().code(), i.type().category().name(), i.channel().name(), i.townshipCode(),
                    i.address(), i.description(), i.severity().name(), i.computedSeverity().name(),
                    String.join("\n", i.gradingReasons()), i.severityOverrideReason(), i.status().name(), i.reporterName(),
                    i.reporterPhone(), i.reportedBy(), i.sourceRef(), rows.get(k).idempotencyKey(), rows.get(k).requestHash()};
            for (int column = 0; column < values.length; column++) {
                text[column][k] = values[column];
            }
        }
        int p = 0;
        ps.setArray(++p, connection.createArrayOf("uuid", ids));
        ps.setArray(++p, connection.createArrayOf("text", text[0]));
        ps.setArray(++p, connection.createArrayOf("text", text[1]));
        ps.setArray(++p, connection.createArrayOf("text", text[2]));
        ps.setObject(++p, occurredAt);
        ps.setObject(++p, learnedAt);
        ps.setObject(++p, lat);
        ps.setObject(++p, lon);
        ps.setArray(++p, connection.createArrayOf("text", text[3]));
        ps.setObject(++p, atSea);
        ps.setArray(++p, connection.createArrayOf("text", text[4]));
        for (int[] column : casualties) {
            ps.setObject(++p, column);
        }
        ps.setObject(++p, loss);
        ps.setArray(++p, connection.createArrayOf("float8", burned));
        for (int column = 5; column <= 10; column++) {
            ps.setArray(++p, connection.createArrayOf("text", text[column]));
        }
        ps.setArray(++p, connection.createArrayOf("uuid", mergedInto));
        for (int column = 11; column <= 14; column++) {
            ps.setArray(++p, connection.createArrayOf("text", text[column]));
        }
        ps.setArray(++p, connection.createArrayOf("int8", closedAt));
        ps.setObject(++p, updatedAt);
        ps.setArray(++p, connection.createArrayOf("text", text[15]));
        ps.setArray(++p, connection.createArrayOf("text", text[16]));
    }

    private static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    private static Incident incident(ResultSet rs, int row) throws SQLException {
        String typeCode = rs.getString("type_code");
        IncidentType type = IncidentTypes.byCode(typeCode)
                .orElseThrow(() -> new IllegalStateException("Unknown stored incident type " + typeCode));
        Timestamp closed = rs.getTimestamp("closed_at");
        String override = rs.getString("severity_override_reason");
        return new Incident(rs.getObject("id", UUID.class), type, IncidentChannel.valueOf(rs.getString("channel")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("learned_at").toInstant(),
                new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("township_code"),
                rs.getBoolean("at_sea"), rs.getString("address"),
                new Casualties(rs.getInt("dead"), rs.getInt("missing"), rs.getInt("seriously_injured"), rs.getInt("injured")),
                rs.getLong("direct_loss_yuan"), (Double) rs.getObject("burned_hectares"), rs.getString("description"),
                Severity.valueOf(rs.getString("severity")), Severity.valueOf(rs.getString("computed_severity")),
                List.of(rs.getString("grading_reasons").split("\n")), override,
                IncidentStatus.valueOf(rs.getString("status")), rs.getObject("merged_into", UUID.class),
                rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getString("reported_by"),
                rs.getString("source_ref"), closed == null ? null : closed.toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
