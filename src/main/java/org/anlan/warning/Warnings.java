package org.anlan.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of warning, warning_revision, warning_cap_message and warning_signal. */
@Repository
class Warnings {

    private final JdbcClient jdbc;

    Warnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Warning w) {
        jdbc.sql("""
                        INSERT INTO warning (id, status, version, hazard, event_type, event_name, level, township_codes,
                                             villages, polygon, headline, description, instruction, onset_at, expires_at,
                                             decision_support, official, origin, sender, identifier, previous_identifier,
                                             previous_sent, first_issued_at, last_issued_at, observed_onset_at,
                                             drafted_by, submitted_by, approved_by, created_at, changed_at)
                        VALUES (:id, :status, :version, :hazard, :eventType, :eventName, :level,
                                CAST(:townships AS text[]), CAST(:villages AS text[]), :polygon, :headline, :description,
                                :instruction, :onsetAt, :expiresAt, :decisionSupport, :official, :origin, :sender,
                                :identifier, :previousIdentifier, :previousSent, :firstIssuedAt, :lastIssuedAt,
                                :observedOnsetAt, :draftedBy, :submittedBy, :approvedBy, :createdAt, :changedAt)""")
                .params(params(w)).update();
    }

    void update(Warning w) {
        jdbc.sql("""
                        UPDATE warning SET status = :status, version = :version, hazard = :hazard, event_type = :eventType,
                               event_name = :eventName, level = :level, township_codes = CAST(:townships AS text[]),
                               villages = CAST(:villages AS text[]), polygon = :polygon, headline = :headline,
                               description = :description, instruction = :instruction, onset_at = :onsetAt,
                               expires_at = :expiresAt, decision_support = :decisionSupport, official = :official,
                               origin = :origin, sender = :sender, identifier = :identifier,
                               previous_identifier = :previousIdentifier, previous_sent = :previousSent,
                               first_issued_at = :firstIssuedAt, last_issued_at = :lastIssuedAt,
                               observed_onset_at = :observedOnsetAt, drafted_by = :draftedBy,
                               submitted_by = :submittedBy, approved_by = :approvedBy, changed_at = :changedAt
                         WHERE id = :id""")
                .params(params(w)).update();
    }

    private static Map<String, Object> params(Warning w) {
        WarningContent c = w.content();
        var p = new java.util.HashMap<String, Object>();
        p.put("id", w.id());
        p.put("status", w.status().name());
        p.put("version", w.version());
        p.put("hazard", c.hazard() == null ? null : c.hazard().name());
        p.put("eventType", c.eventType());
        p.put("eventName", c.eventName());
        p.put("level", c.level().name());
        p.put("townships", c.townshipCodes().toArray(String[]::new));
        p.put("villages", c.villages().toArray(String[]::new));
        p.put("polygon", c.polygon());
        p.put("headline", c.headline());
        p.put("description", c.description());
        p.put("instruction", c.instruction());
        p.put("onsetAt", utc(c.onsetAt()));
        p.put("expiresAt", utc(c.expiresAt()));
        p.put("decisionSupport", w.decisionSupport());
        p.put("official", w.official());
        p.put("origin", w.origin());
        p.put("sender", w.sender());
        p.put("identifier", w.identifier());
        p.put("previousIdentifier", w.previousIdentifier());
        p.put("previousSent", utc(w.previousSent()));
        p.put("firstIssuedAt", utc(w.firstIssuedAt()));
        p.put("lastIssuedAt", utc(w.lastIssuedAt()));
        p.put("observedOnsetAt", utc(w.observedOnsetAt()));
        p.put("draftedBy", w.draftedBy());
        p.put("submittedBy", w.submittedBy());
        p.put("approvedBy", w.approvedBy());
        p.put("createdAt", utc(w.createdAt()));
        p.put("changedAt", utc(w.changedAt()));
        return p;
    }

    Optional<Warning> byId(UUID id) {
        return jdbc.sql("SELECT * FROM warning WHERE id = :id").param("id", id).query(Warnings::map).optional();
    }

    Optional<Warning> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM warning WHERE id = :id FOR UPDATE").param("id", id).query(Warnings::map).optional();
    }

    /** Warnings newest first; a township filter keeps those naming the township. */
    List<Warning> find(String townshipCode, WarningStatus status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM warning
                         WHERE (CAST(:township AS text) IS NULL OR :township = ANY (township_codes))
                           AND (CAST(:status AS text) IS NULL OR status = :status)
                         ORDER BY changed_at DESC, id
                         LIMIT :limit""")
                .param("township", townshipCode).param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(Warnings::map).list();
    }

    /** The open (draft or in review) warning for a hazard, locked; the newest when there are several. */
    Optional<Warning> openDraftForUpdate(Hazard hazard) {
        return jdbc.sql("""
                        SELECT * FROM warning WHERE hazard = :hazard AND status IN ('DRAFT', 'IN_REVIEW')
                         ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
                .param("hazard", hazard.name()).query(Warnings::map).optional();
    }

    List<Warning> issuedForUpdate(Hazard hazard) {
        return jdbc.sql("SELECT * FROM warning WHERE hazard = :hazard AND status = 'ISSUED' ORDER BY id FOR UPDATE")
                .param("hazard", hazard.name()).query(Warnings::map).list();
    }

    List<UUID> expiredBy(Instant now) {
        return jdbc.sql("SELECT id FROM warning WHERE status = 'ISSUED' AND expires_at <= :now ORDER BY id")
                .param("now", utc(now)).query(UUID.class).list();
    }

    List<Warning> withLeadTime() {
        return jdbc.sql("""
                        SELECT * FROM warning WHERE first_issued_at IS NOT NULL AND observed_onset_at IS NOT NULL
                         ORDER BY first_issued_at""")
                .query(Warnings::map).list();
    }

    void addRevision(Warning w, String action, String actor, Instant at, String snapshotJson) {
        jdbc.sql("""
                        INSERT INTO warning_revision (warning_id, revision, action, actor, at, status, version, identifier, snapshot)
                        SELECT :id, COALESCE(MAX(revision), 0) + 1, :action, :actor, :at, :status, :version, :identifier,
                               CAST(:snapshot AS jsonb)
                          FROM warning_revision WHERE warning_id = :id""")
                .param("id", w.id()).param("action", action).param("actor", actor).param("at", utc(at))
                .param("status", w.status().name()).param("version", w.version()).param("identifier", w.identifier())
                .param("snapshot", snapshotJson)
                .update();
    }

    List<WarningRevision> revisions(UUID id) {
        return jdbc.sql("""
                        SELECT revision, action, actor, at, status, version, identifier, snapshot::text AS snapshot
                          FROM warning_revision WHERE warning_id = :id ORDER BY revision""")
                .param("id", id)
                .query((rs, n) -> new WarningRevision(rs.getInt("revision"), rs.getString("action"), rs.getString("actor"),
                        instant(rs, "at"), WarningStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                        rs.getString("identifier"), rs.getString("snapshot")))
                .list();
    }

    /** Claims a CAP identifier for a warning version; false when it was taken. */
    boolean claimIdentifier(String identifier, UUID warningId, int version, Instant sentAt) {
        return jdbc.sql("""
                        INSERT INTO warning_cap_message (identifier, warning_id, version, sent_at)
                        VALUES (:identifier, :warningId, :version, :sentAt) ON CONFLICT DO NOTHING""")
                .param("identifier", identifier).param("warningId", warningId).param("version", version)
                .param("sentAt", utc(sentAt)).update() == 1;
    }

    Optional<UUID> warningOfIdentifier(String identifier) {
        return jdbc.sql("SELECT warning_id FROM warning_cap_message WHERE identifier = :identifier")
                .param("identifier", identifier).query(UUID.class).optional();
    }

    /** Records a signal key; false when it was seen before. */
    boolean recordSignal(String key, Instant at) {
        return jdbc.sql("INSERT INTO warning_signal (signal_key, received_at) VALUES (:key, :at) ON CONFLICT DO NOTHING")
                .param("key", key).param("at", utc(at)).update() == 1;
    }

    void attachSignal(String key, UUID warningId) {
        jdbc.sql("UPDATE warning_signal SET warning_id = :warningId WHERE signal_key = :key")
                .param("key", key).param("warningId", warningId).update();
    }

    private static Warning map(ResultSet rs, int row) throws SQLException {
        String hazard = rs.getString("hazard");
        var content = new WarningContent(hazard == null ? null : Hazard.valueOf(hazard), rs.getString("event_type"),
                rs.getString("event_name"), WarningLevel.valueOf(rs.getString("level")),
                Arrays.asList((String[]) rs.getArray("township_codes").getArray()),
                Arrays.asList((String[]) rs.getArray("villages").getArray()), rs.getString("polygon"),
                rs.getString("headline"), rs.getString("description"), rs.getString("instruction"),
                instant(rs, "onset_at"), instant(rs, "expires_at"));
        return new Warning(rs.getObject("id", UUID.class), WarningStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), content, rs.getBoolean("decision_support"), rs.getBoolean("official"),
                rs.getString("origin"), rs.getString("sender"), rs.getString("identifier"),
                rs.getString("previous_identifier"), instant(rs, "previous_sent"), instant(rs, "first_issued_at"),
                instant(rs, "last_issued_at"), instant(rs, "observed_onset_at"), rs.getString("drafted_by"),
                rs.getString("submitted_by"), rs.getString("approved_by"), instant(rs, "created_at"),
                instant(rs, "changed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
