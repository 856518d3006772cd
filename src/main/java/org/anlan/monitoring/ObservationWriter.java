package org.anlan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.batch.GroupCommitQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for observations from every channel: one writer thread stores batches of submissions in one
 * transaction (one multi-row insert that skips readings already stored — idempotent on station + time), folds the
 * new readings into the live windows, grades them and publishes {@link ThresholdCrossed} in the same transaction.
 * A submission completes only after its batch has committed, so an MQTT message is acknowledged, and an HTTP
 * batch answered, only once its readings are durable. A failed batch rebuilds the live state from the database.
 */
@Component
class ObservationWriter implements SmartLifecycle {

    /** Who sent a batch, for the audit trail (null for device telemetry over MQTT). */
    record Sender(String actor, String role, String clientAddress) {
    }

    record Submission(List<Reading> readings, ObservationSource source, Sender sender,
                      CompletableFuture<Stored> result) {
    }

    /** Per submission: readings newly stored and readings already present (duplicates). */
    record Stored(int stored, int duplicates) {
    }

    private static final Logger log = LoggerFactory.getLogger(ObservationWriter.class);
    static final int MAX_BATCH_READINGS = 20_000;

    private final GroupCommitQueue<Submission> queue = new GroupCommitQueue<>("observation-writer", 10_000,
            Duration.ofSeconds(5), MAX_BATCH_READINGS, submission -> submission.readings().size(),
            new GroupCommitQueue.Refusals("OBSERVATIONS_UNAVAILABLE", "error.monitoring.unavailable", "OBSERVATIONS_BUSY",
                    "error.monitoring.busy"), this::write);
    private final Observations observations;
    private final LiveObservations live;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicLong storedTotal = new AtomicLong();

    ObservationWriter(Observations observations, LiveObservations live, AuditTrail audit, TransactionTemplate transaction,
                      ApplicationEventPublisher events, Clock clock) {
        this.observations = observations;
        this.live = live;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    CompletableFuture<Stored> submit(List<Reading> readings, ObservationSource source, Sender sender) {
        // Even an empty submission goes through the queue: completions (MQTT acknowledgements) keep arrival order.
        var submission = new Submission(readings, source, sender, new CompletableFuture<>());
        queue.offer(submission);
        return submission.result();
    }

    /** Readings stored since start (all channels); the benchmark waits on it. */
    long storedTotal() {
        return storedTotal.get();
    }

    /** One writer: completions (MQTT acknowledgements) keep arrival order. */
    @Override
    public void start() {
        live.rebuild();
        queue.start(1);
    }

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
        return SmartLifecycle.DEFAULT_PHASE - 4096; // after the MQTT subscriber has stopped, before the database
    }

    private void write(List<Submission> batch) {
        Map<Submission, Stored> outcomes;
        try {
            outcomes = transaction.execute(status -> persist(batch));
        } catch (RuntimeException e) {
            live.rebuild();
            if (batch.size() > 1) {
                log.warn("Batch of {} observation submissions failed ({}); writing them one by one", batch.size(), e.toString());
                for (Submission single : batch) {
                    write(List.of(single));
                }
            } else {
                batch.get(0).result().completeExceptionally(e);
            }
            return;
        }
        for (Submission submission : batch) {
            Stored stored = outcomes.get(submission);
            storedTotal.addAndGet(stored.stored());
            submission.result().complete(stored);
        }
    }

    private Map<Submission, Stored> persist(List<Submission> batch) {
        Map<Observations.Key, Submission> owner = new LinkedHashMap<>();
        List<Reading> distinct = new ArrayList<>();
        List<ObservationSource> sources = new ArrayList<>();
        for (Submission s : batch) {
            for (Reading r : s.readings()) {
                if (owner.putIfAbsent(new Observations.Key(r.stationId(), r.observedAt()), s) == null) {
                    distinct.add(r);
                    sources.add(s.source());
                }
            }
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Set<Observations.Key> fresh = distinct.isEmpty() ? Set.of() : observations.insertNew(distinct, sources, now);
        Map<Submission, int[]> counts = new IdentityHashMap<>();
        batch.forEach(s -> counts.put(s, new int[1]));
        ObservationEngine engine = live.engine();
        Map<String, Map<Hazard, Crossing>> highest = new LinkedHashMap<>();
        for (Reading r : distinct) {
            Observations.Key key = new Observations.Key(r.stationId(), r.observedAt());
            if (fresh.contains(key)) {
                counts.get(owner.get(key))[0]++;
                engine.apply(r, crossing -> highest.computeIfAbsent(crossing.station().id(), id -> new EnumMap<>(Hazard.class))
                        .merge(crossing.rule().hazard(), crossing,
                                (a, b) -> b.rule().level().above(a.rule().level()) ? b : a));
            }
        }
        highest.values().forEach(byHazard -> byHazard.values().forEach(c -> events.publishEvent(c.toEvent())));
        List<AuditTrail.Attributed> audited = new ArrayList<>();
        Map<Submission, Stored> outcomes = new IdentityHashMap<>();
        for (Submission s : batch) {
            int stored = counts.get(s)[0];
            outcomes.put(s, new Stored(stored, s.readings().size() - stored));
            if (s.sender() != null) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("source", s.source().name());
                after.put("stored", stored);
                after.put("duplicates", s.readings().size() - stored);
                after.put("stations", s.readings().stream().map(Reading::stationId).distinct().sorted().limit(50).toList());
                audited.add(new AuditTrail.Attributed(s.sender().actor(), s.sender().role(), s.sender().clientAddress(),
                        AuditRecord.of("OBSERVATIONS_INGEST", "ObservationBatch", UUID.randomUUID().toString())
                                .changing(null, after)));
            }
        }
        audit.recordAll(audited);
        return outcomes;
    }
}
