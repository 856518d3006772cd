package org.anlan.incident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.batch.GroupCommitQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for incident intake: reports from many request threads are written by one thread in batches,
 * one transaction (and one synchronous WAL flush) per batch. A caller's report is acknowledged only after the
 * batch holding it has committed, so nothing acknowledged is lost; with many concurrent reporters a batch
 * carries many reports and the cost of the durable commit is shared.
 */
@Component
class IntakeWriter implements SmartLifecycle {

    record Submission(Incident incident, String idempotencyKey, String requestHash, String actor, String actorRole,
                      String clientAddress, CompletableFuture<IntakeResult> result) {
    }

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);
    static final int MAX_BATCH = 500;
    /** How many batches look their keys up first after one met a key already stored. */
    static final int CAUTIOUS_BATCHES = 64;

    private final Incidents incidents;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int writerCount;
    private final AtomicInteger cautiousBatchesLeft = new AtomicInteger();
    private final GroupCommitQueue<Submission> queue = new GroupCommitQueue<>("incident-intake", 20_000,
            Duration.ofSeconds(2), MAX_BATCH, submission -> 1, new GroupCommitQueue.Refusals("INTAKE_UNAVAILABLE",
            "error.incident.intakeUnavailable", "INTAKE_BUSY", "error.incident.intakeBusy"), this::write);

    IntakeWriter(Incidents incidents, AuditTrail audit, TransactionTemplate transaction, ApplicationEventPublisher events,
                 @Value("${anlan.incident.intake.writers:2}") int writerCount) {
        if (writerCount < 1) {
            throw new IllegalArgumentException("anlan.incident.intake.writers must be at least 1");
        }
        this.writerCount = writerCount;
        this.incidents = incidents;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
    }

    CompletableFuture<IntakeResult> submit(Submission submission) {
        queue.offer(submission);
        return submission.result();
    }

    /**
     * Two writers by default ({@code anlan.incident.intake.writers}): while one waits for its commit to reach the
     * disk, the other is already writing the next batch, so reporters wait less and the CPU idles less; only the
     * audit chain's append takes turns. With batches written by binary COPY a batch's fixed cost is small, and
     * {@code bench intake} measured more reports per second with two (ratio 0.55 and 0.59 against 0.46–0.53 with
     * one, in alternating runs on the same machine).
     */
    @Override
    public void start() {
        queue.start(writerCount);
    }

    /** Stops taking reports and writes everything already accepted before returning. */
    @Override
    public void stop() {
        queue.stop();
    }

    @Override
    public boolean isRunning() {
        return queue.isRunning();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096; // stops after the web server has finished its requests
    }

    /**
     * Writes a batch. Most idempotency keys are new, so a batch is first inserted without looking its keys up: the
     * unique index refuses a key already stored, and then the batch is written again, looking its keys up first
     * (as are the next {@value #CAUTIOUS_BATCHES} batches, so a client replaying keys costs one wasted insert per
     * that many batches). A batch that still fails is written report by report, so that one bad report fails alone.
     */
    void write(List<Submission> batch) {
        boolean lookUpFirst = cautiousBatchesLeft.get() > 0;
        if (!lookUpFirst) {
            try {
                complete(transaction.execute(status -> persist(batch, false)));
                return;
            } catch (DuplicateKeyException storedKey) {
                cautiousBatchesLeft.set(CAUTIOUS_BATCHES);
            } catch (RuntimeException e) {
                writeAlone(batch, e);
                return;
            }
        }
        writeLookingUpKeys(batch, false);
    }

    private void writeLookingUpKeys(List<Submission> batch, boolean retried) {
        try {
            complete(transaction.execute(status -> persist(batch, true)));
        } catch (DuplicateKeyException raced) {
            if (batch.size() == 1 && !retried) {
                // another writer committed the same idempotency key meanwhile: now the look-up finds it
                writeLookingUpKeys(batch, true);
            } else {
                writeAlone(batch, raced);
            }
        } catch (RuntimeException e) {
            writeAlone(batch, e);
        }
    }

    private void writeAlone(List<Submission> batch, RuntimeException failure) {
        if (batch.size() == 1) {
            batch.get(0).result().completeExceptionally(failure);
            return;
        }
        log.warn("Batch of {} reports failed ({}); writing them one by one", batch.size(), failure.toString());
        for (Submission single : batch) {
            writeLookingUpKeys(List.of(single), false);
        }
    }

    /** Whether the next batch looks its keys up before inserting (after a batch met a key already stored). */
    boolean cautious() {
        return cautiousBatchesLeft.get() > 0;
    }

    private static void complete(Map<Submission, IntakeResult> outcomes) {
        outcomes.forEach((submission, result) -> submission.result().complete(result));
    }

    /**
     * Writes a batch: the first submission of each idempotency key is inserted unless an earlier incident holds
     * the key; a submission whose key is held (earlier, or by a submission before it in the batch) gets that
     * incident back when its content is the same, else is told the key was used for another report. Without
     * {@code lookUpKeys} an earlier holder of a key shows as the unique index's refusal instead.
     */
    private Map<Submission, IntakeResult> persist(List<Submission> batch, boolean lookUpKeys) {
        Map<String, Submission> firstWithKey = new HashMap<>();
        List<Submission> candidates = new ArrayList<>(batch.size());
        List<Submission> repeats = new ArrayList<>();
        for (Submission s : batch) {
            String key = s.idempotencyKey();
            if (key != null && firstWithKey.putIfAbsent(key, s) != null) {
                repeats.add(s);
            } else {
                candidates.add(s);
            }
        }
        Map<String, Incidents.IdempotencyRecord> holders = new HashMap<>();
        if (lookUpKeys) {
            holders.putAll(incidents.idempotencyRecords(firstWithKey.keySet()));
            if (holders.isEmpty()) {
                cautiousBatchesLeft.updateAndGet(left -> Math.max(0, left - 1));
            } else {
                cautiousBatchesLeft.set(CAUTIOUS_BATCHES);
            }
        }
        Map<Submission, IntakeResult> outcomes = new IdentityHashMap<>();
        List<Submission> fresh = new ArrayList<>(candidates.size());
        for (Submission s : candidates) {
            if (s.idempotencyKey() != null && holders.containsKey(s.idempotencyKey())) {
                outcomes.put(s, answeredByHolder(s, holders));
            } else {
                fresh.add(s);
            }
        }
        if (!fresh.isEmpty()) {
            incidents.insertAll(fresh.stream().map(s -> new Incidents.Keyed(s.incident(), s.idempotencyKey(),
                    s.idempotencyKey() == null ? null : s.requestHash())).toList());
            List<AuditTrail.Attributed> audited = new ArrayList<>(fresh.size());
            for (Submission s : fresh) {
                outcomes.put(s, IntakeResult.created(s.incident().id()));
                audited.add(new AuditTrail.Attributed(s.actor(), s.actorRole(), s.clientAddress(), auditRecord(s.incident())));
                if (s.idempotencyKey() != null) {
                    holders.put(s.idempotencyKey(), new Incidents.IdempotencyRecord(s.idempotencyKey(), s.requestHash(),
                            s.incident().id()));
                }
            }
            audit.recordAll(audited);
            events.publishEvent(new IncidentsReported(fresh.stream().map(Submission::incident)
                    .map(i -> new IncidentReported(i.id(), i.type().code(), i.severity(), i.townshipCode(), i.channel()))
                    .toList()));
        }
        for (Submission s : repeats) {
            outcomes.put(s, answeredByHolder(s, holders));
        }
        return outcomes;
    }

    private static IntakeResult answeredByHolder(Submission s, Map<String, Incidents.IdempotencyRecord> holders) {
        Incidents.IdempotencyRecord holder = holders.get(s.idempotencyKey());
        if (holder == null) {
            throw new IllegalStateException("idempotency key " + s.idempotencyKey() + " is taken but its incident was not found");
        }
        return holder.requestHash().equals(s.requestHash())
                ? IntakeResult.replayed(holder.incidentId()) : IntakeResult.keyReused(holder.incidentId());
    }

    private static AuditRecord auditRecord(Incident i) {
        Map<String, Object> after = new HashMap<>();
        after.put("type", i.type().code());
        after.put("severity", i.severity().name());
        after.put("channel", i.channel().name());
        after.put("township", i.townshipCode());
        after.put("dead", i.casualties().dead());
        return AuditRecord.of("INCIDENT_REPORT", "Incident", i.id().toString()).inTownship(i.townshipCode())
                .changing(null, after);
    }

    /** The outcome of one submission: a new incident, the replay of an earlier key, or a key reused for other content. */
    record IntakeResult(UUID incidentId, boolean created, boolean keyReused) {
        static IntakeResult created(UUID id) {
            return new IntakeResult(id, true, false);
        }

        static IntakeResult replayed(UUID id) {
            return new IntakeResult(id, false, false);
        }

        static IntakeResult keyReused(UUID id) {
            return new IntakeResult(id, false, true);
        }
    }
}
