package org.anlan.warning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the dissemination tables: population, officials, jobs (the outbox), deliveries and callouts. */
@Repository
class Deliveries {

    record Job(long id, UUID warningId, int version, Channel channel, String audience, String townshipCode, String text,
               int recipients, boolean expanded, WarningLevel level) {
    }

    record Pending(int seq, String recipient, int attempts) {
    }

    record Submitted(long jobId, int seq, Channel channel, String gatewayId) {
    }

    record Progress(Channel channel, String audience, long total, long pending, long submitted, long delivered,
                    long failed) {

        /** Handed to the gateway so far, whatever its receipt said. */
        public long sent() {
            return submitted + delivered + failed;
        }

        public int deliveredPercent() {
            return percent(delivered, total);
        }

        public int failedPercent() {
            return percent(failed, total);
        }
    }

    record Coverage(String townshipCode, long people, long delivered) {

        public int percent() {
            return Deliveries.percent(delivered, people);
        }
    }

    /** Rounded down, so that 100 means everybody. */
    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) (part * 100 / whole);
    }

    record Callout(long id, UUID warningId, int version, UUID officialId, String officialName, String position,
                   String townshipCode, int rank, Instant calledAt, Instant acknowledgedAt, String acknowledgedBy,
                   Instant escalatedAt, Long escalationOf) {
    }

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // population and officials

    Map<String, int[]> population() {
        Map<String, int[]> result = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT township_code, people, terminals FROM warning_population ORDER BY township_code")
                .query(rs -> {
                    result.put(rs.getString(1), new int[]{rs.getInt(2), rs.getInt(3)});
                });
        return result;
    }

    void upsertPopulation(String townshipCode, int people, int terminals) {
        jdbc.sql("""
                        INSERT INTO warning_population (township_code, people, terminals) VALUES (:code, :people, :terminals)
                        ON CONFLICT (township_code) DO NOTHING""")
                .param("code", townshipCode).param("people", people).param("terminals", terminals).update();
    }

    // jobs

    long insertJob(UUID warningId, int version, Channel channel, String audience, String township, String text,
                   int recipients, boolean expanded, Instant at) {
        return jdbc.sql("""
                        INSERT INTO warning_delivery_job (warning_id, version, channel, audience, township_code, text,
                                                          recipients, expanded, created_at)
                        VALUES (:warning, :version, :channel, :audience, :township, :text, :recipients, :expanded, :at)
                        ON CONFLICT (warning_id, version, channel, audience, township_code)
                        DO UPDATE SET recipients = warning_delivery_job.recipients
                        RETURNING id""")
                .param("warning", warningId).param("version", version).param("channel", channel.name())
                .param("audience", audience).param("township", township).param("text", text)
                .param("recipients", recipients).param("expanded", expanded).param("at", Warnings.utc(at))
                .query(Long.class).single();
    }

    /** Adds recipients to a job (officials, escalation contacts), numbering after the last one. */
    void appendRecipient(long jobId, String recipient) {
        jdbc.sql("""
                        INSERT INTO warning_delivery (job_id, seq, recipient, status)
                        SELECT :job, COALESCE(MAX(seq), 0) + 1, :recipient, 'PENDING' FROM warning_delivery WHERE job_id = :job""")
                .param("job", jobId).param("recipient", recipient).update();
        jdbc.sql("UPDATE warning_delivery_job SET recipients = (SELECT count(*) FROM warning_delivery WHERE job_id = :job) WHERE id = :job")
                .param("job", jobId).update();
    }

    List<Job> jobsWithWork(Instant now) {
        return jdbc.sql("""
                        SELECT j.*, w.level FROM warning_delivery_job j JOIN warning w ON w.id = j.warning_id
                         WHERE NOT j.expanded
                            OR EXISTS (SELECT 1 FROM warning_delivery d WHERE d.job_id = j.id AND d.status = 'PENDING'
                                          AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= :now))
                         ORDER BY j.id""")
                .param("now", Warnings.utc(now))
                .query((rs, n) -> new Job(rs.getLong("id"), rs.getObject("warning_id", UUID.class), rs.getInt("version"),
                        Channel.valueOf(rs.getString("channel")), rs.getString("audience"), rs.getString("township_code"),
                        rs.getString("text"), rs.getInt("recipients"), rs.getBoolean("expanded"),
                        WarningLevel.valueOf(rs.getString("level")))).list();
    }

    /** Creates the rows of a public or terminal job from its size; idempotent. */
    void expand(Job job) {
        String recipient = job.audience().equals("PUBLIC")
                ? "'8617' || right(:township, 3) || lpad(g::text, 6, '0')"
                : ":township || '-T' || lpad(g::text, 3, '0')";
        jdbc.sql("INSERT INTO warning_delivery (job_id, seq, recipient, status) SELECT :job, g, " + recipient
                        + ", 'PENDING' FROM generate_series(1, :n) g ON CONFLICT DO NOTHING")
                .param("job", job.id()).param("township", job.townshipCode()).param("n", job.recipients()).update();
        jdbc.sql("UPDATE warning_delivery_job SET expanded = TRUE WHERE id = :job").param("job", job.id()).update();
    }

    List<Pending> pending(long jobId, int afterSeq, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT seq, recipient, attempts FROM warning_delivery
                         WHERE job_id = :job AND status = 'PENDING' AND seq > :after
                           AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
                         ORDER BY seq LIMIT :limit""")
                .param("job", jobId).param("after", afterSeq).param("now", Warnings.utc(now)).param("limit", limit)
                .query((rs, n) -> new Pending(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
    }

    void markSubmitted(long[] jobs, int[] seqs, String[] gatewayIds) {
        jdbc.sql("""
                        UPDATE warning_delivery d SET status = 'SUBMITTED', message_id = v.mid, attempts = d.attempts + 1
                          FROM unnest(CAST(:jobs AS bigint[]), CAST(:seqs AS int[]), CAST(:mids AS text[])) AS v(job, seq, mid)
                         WHERE d.job_id = v.job AND d.seq = v.seq AND d.status = 'PENDING'""")
                .param("jobs", box(jobs)).param("seqs", box(seqs)).param("mids", gatewayIds).update();
    }

    void markRetry(long[] jobs, int[] seqs, Instant[] nextAttempts, String[] details) {
        java.sql.Timestamp[] at = new java.sql.Timestamp[nextAttempts.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = java.sql.Timestamp.from(nextAttempts[i]);
        }
        jdbc.sql("""
                        UPDATE warning_delivery d SET attempts = d.attempts + 1, next_attempt_at = v.next, detail = v.detail
                          FROM unnest(CAST(:jobs AS bigint[]), CAST(:seqs AS int[]), CAST(:next AS timestamptz[]),
                                      CAST(:details AS text[])) AS v(job, seq, next, detail)
                         WHERE d.job_id = v.job AND d.seq = v.seq AND d.status = 'PENDING'""")
                .param("jobs", box(jobs)).param("seqs", box(seqs)).param("next", at).param("details", details).update();
    }

    /** Final outcomes (receipts, refusals, retries exhausted); a row already final is left as it is. */
    void markFinal(long[] jobs, int[] seqs, boolean[] delivered, String[] details) {
        Boolean[] ok = new Boolean[delivered.length];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = delivered[i];
        }
        jdbc.sql("""
                        UPDATE warning_delivery d
                           SET status = CASE WHEN v.ok THEN 'DELIVERED' ELSE 'FAILED' END, detail = v.detail
                          FROM unnest(CAST(:jobs AS bigint[]), CAST(:seqs AS int[]), CAST(:oks AS boolean[]),
                                      CAST(:details AS text[])) AS v(job, seq, ok, detail)
                         WHERE d.job_id = v.job AND d.seq = v.seq AND d.status IN ('PENDING', 'SUBMITTED')""")
                .param("jobs", box(jobs)).param("seqs", box(seqs)).param("oks", ok).param("details", details).update();
    }

    /** Messages accepted by a gateway whose receipt has not come yet (to match receipts after a restart). */
    List<Submitted> awaitingReceipts() {
        return jdbc.sql("""
                        SELECT d.job_id, d.seq, j.channel, d.message_id FROM warning_delivery d
                          JOIN warning_delivery_job j ON j.id = d.job_id WHERE d.status = 'SUBMITTED'""")
                .query((rs, n) -> new Submitted(rs.getLong(1), rs.getInt(2), Channel.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
    }

    // progress

    List<Progress> progress(UUID warningId) {
        return jdbc.sql("""
                        SELECT j.channel, j.audience,
                               SUM(j.recipients) AS total,
                               SUM(CASE WHEN j.expanded THEN COALESCE(s.pending, 0) ELSE j.recipients END) AS pending,
                               SUM(COALESCE(s.submitted, 0)) AS submitted, SUM(COALESCE(s.delivered, 0)) AS delivered,
                               SUM(COALESCE(s.failed, 0)) AS failed
                          FROM warning_delivery_job j
                          LEFT JOIN LATERAL (
                               SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                                      count(*) FILTER (WHERE status = 'SUBMITTED') AS submitted,
                                      count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                                      count(*) FILTER (WHERE status = 'FAILED') AS failed
                                 FROM warning_delivery d WHERE d.job_id = j.id) s ON TRUE
                         WHERE j.warning_id = :warning
                           AND j.version = (SELECT max(version) FROM warning_delivery_job WHERE warning_id = :warning)
                         GROUP BY j.channel, j.audience ORDER BY j.channel, j.audience""")
                .param("warning", warningId)
                .query((rs, n) -> new Progress(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
    }

    List<Coverage> coverage(UUID warningId) {
        return jdbc.sql("""
                        SELECT j.township_code, j.recipients,
                               (SELECT count(*) FROM warning_delivery d WHERE d.job_id = j.id AND d.status = 'DELIVERED')
                          FROM warning_delivery_job j
                         WHERE j.warning_id = :warning AND j.channel = 'SMS' AND j.audience = 'PUBLIC'
                           AND j.version = (SELECT max(version) FROM warning_delivery_job WHERE warning_id = :warning)
                         ORDER BY j.township_code""")
                .param("warning", warningId)
                .query((rs, n) -> new Coverage(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    // callouts (叫应)

    long insertCallout(UUID warningId, int version, UUID officialId, String township, int rank, Instant at, Long escalationOf) {
        return jdbc.sql("""
                        INSERT INTO warning_callout (warning_id, version, official_id, township_code, rank, called_at, escalation_of)
                        VALUES (:warning, :version, :official, :township, :rank, :at, :of)
                        ON CONFLICT (warning_id, version, official_id) DO UPDATE SET rank = warning_callout.rank
                        RETURNING id""")
                .param("warning", warningId).param("version", version).param("official", officialId)
                .param("township", township).param("rank", rank).param("at", Warnings.utc(at)).param("of", escalationOf)
                .query(Long.class).single();
    }

    List<Callout> callouts(UUID warningId) {
        return jdbc.sql(CALLOUTS + " WHERE c.warning_id = :warning ORDER BY c.township_code, c.rank, c.id")
                .param("warning", warningId).query(Deliveries::callout).list();
    }

    List<Callout> overdueCallouts(Instant calledBefore) {
        return jdbc.sql(CALLOUTS + """
                         JOIN warning w ON w.id = c.warning_id AND w.status = 'ISSUED' AND w.version = c.version
                         WHERE c.acknowledged_at IS NULL AND c.escalated_at IS NULL AND c.called_at <= :before
                         ORDER BY c.id FOR UPDATE OF c""")
                .param("before", Warnings.utc(calledBefore)).query(Deliveries::callout).list();
    }

    boolean acknowledge(long calloutId, UUID warningId, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE warning_callout SET acknowledged_at = :at, acknowledged_by = :by
                         WHERE id = :id AND warning_id = :warning AND acknowledged_at IS NULL""")
                .param("id", calloutId).param("warning", warningId).param("by", by).param("at", Warnings.utc(at))
                .update() == 1;
    }

    void markEscalated(long calloutId, Instant at) {
        jdbc.sql("UPDATE warning_callout SET escalated_at = :at WHERE id = :id")
                .param("id", calloutId).param("at", Warnings.utc(at)).update();
    }

    private static final String CALLOUTS = """
            SELECT c.*, o.name, o.position FROM warning_callout c JOIN warning_official o ON o.id = c.official_id
            """;

    private static Callout callout(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long of = rs.getObject("escalation_of", Long.class);
        return new Callout(rs.getLong("id"), rs.getObject("warning_id", UUID.class), rs.getInt("version"),
                rs.getObject("official_id", UUID.class), rs.getString("name"), rs.getString("position"),
                rs.getString("township_code"), rs.getInt("rank"), Warnings.instant(rs, "called_at"),
                Warnings.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                Warnings.instant(rs, "escalated_at"), of);
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
