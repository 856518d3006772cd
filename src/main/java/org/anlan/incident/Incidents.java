package org.anlan.incident;

import java.sql.Connection;
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
import org.anlan.platform.database.BinaryCopy;
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

    private static final String COLUMNS = """
            id, type_code, category, channel, occurred_at, learned_at, lat, lon, township_code, at_sea, address, dead,
            missing, seriously_injured, injured, direct_loss_yuan, burned_hectares, description, severity,
            computed_severity, grading_reasons, severity_override_reason, status, merged_into, reporter_name,
            reporter_phone, reported_by, source_ref, closed_at, updated_at, idempotency_key, request_hash""";
    private static final int COLUMN_COUNT = 32;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Incidents(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A whole batch in one binary COPY: the server neither parses text nor plans a statement for it. */
    void insertAll(List<Keyed> incidents) {
        if (incidents.isEmpty()) {
            return;
        }
        var copy = new BinaryCopy();
        for (Keyed keyed : incidents) {
            Incident i = keyed.incident();
            copy.row(COLUMN_COUNT).uuid(i.id()).text(i.type().code()).text(i.type().category().name())
                    .text(i.channel().name()).timestamp(i.occurredAt()).timestamp(i.learnedAt())
                    .float8(i.location().lat()).float8(i.location().lon()).text(i.townshipCode()).bool(i.atSea())
                    .text(i.address()).int4(i.casualties().dead()).int4(i.casualties().missing())
                    .int4(i.casualties().seriouslyInjured()).int4(i.casualties().injured()).int8(i.directLossYuan())
                    .float8(i.burnedHectares()).text(i.description()).text(i.severity().name())
                    .text(i.computedSeverity().name()).text(String.join("\n", i.gradingReasons()))
                    .text(i.severityOverrideReason()).text(i.status().name()).uuid(i.mergedInto())
                    .text(i.reporterName()).text(i.reporterPhone()).text(i.reportedBy()).text(i.sourceRef())
                    .timestamp(i.closedAt()).timestamp(i.updatedAt()).text(keyed.idempotencyKey())
                    .text(keyed.requestHash());
        }
        template.execute((Connection connection) -> copy.copyInto(connection, "incident", COLUMNS));
    }

    Map<String, IdempotencyRecord> idempotencyRecords(Collection<String> keys) {
        Map<String, IdempotencyRecord> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // Planned for the keys at hand each time: a plan cached while the table was small scans it whole later.
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
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
