package org.anlan.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the outbox of delivery jobs. A sender thread expands jobs into recipient rows, reads pending rows in order
 * and hands them to the channel adapters (which keep their windows full); one writer thread stores every outcome in
 * batches — accepted (with the gateway's id), to retry (with backoff), delivered or failed (receipts) — and only
 * after the commit acknowledges the receipts to the gateways, so an acknowledged receipt is never lost and an
 * unacknowledged one is resent by the gateway. After a restart, pending rows are sent again and receipts of
 * accepted rows are matched by the gateway ids stored with them.
 */
@Component
class DeliveryEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
    static final int MAX_ATTEMPTS = 5;

    private sealed interface Outcome permits Accepted, Retry, Final {
    }

    private record Accepted(long job, int seq, String gatewayId) implements Outcome {
    }

    private record Retry(long job, int seq, Instant next, String detail) implements Outcome {
    }

    private record Final(long job, int seq, boolean delivered, String detail, Runnable acknowledge) implements Outcome {
    }

    private record Orphan(ChannelAdapter.Receipt receipt, long since) {
    }

    private final Deliveries deliveries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DeliveryGateways gateways;
    private final int batchSize;
    private final Map<String, Long> correlation = new ConcurrentHashMap<>();
    private final Map<String, Orphan> orphans = new ConcurrentHashMap<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final AtomicLong enqueued = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Object signal = new Object();
    private volatile Map<Channel, ChannelAdapter> adapters = Map.of();
    private volatile boolean running;
    private volatile boolean woken;
    private Thread sender;
    private Thread writer;

    DeliveryEngine(Deliveries deliveries, TransactionTemplate tx, Clock clock, DeliveryGateways gateways,
                   @Value("${anlan.warning.delivery.batch:5000}") int batchSize) {
        this.deliveries = deliveries;
        this.tx = tx;
        this.clock = clock;
        this.gateways = gateways;
        this.batchSize = batchSize;
    }

    @Override
    public void start() {
        try {
            adapters = gateways.open(this::onReceipt);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open the delivery gateways", e);
        }
        for (Deliveries.Submitted s : deliveries.awaitingReceipts()) {
            correlation.put(key(s.channel(), s.gatewayId()), pack(s.jobId(), s.seq()));
        }
        running = true;
        sender = new Thread(this::sendLoop, "warning-delivery-sender");
        writer = new Thread(this::writeLoop, "warning-delivery-writer");
        sender.setDaemon(true);
        writer.setDaemon(true);
        sender.start();
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        join(sender);
        join(writer);
        adapters.values().forEach(ChannelAdapter::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    /** New work was committed: look at the outbox now rather than at the next poll. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void sendLoop() {
        while (running) {
            try {
                List<Deliveries.Job> jobs = tx.execute(status -> deliveries.jobsWithWork(Instant.now(clock)));
                List<CompletableFuture<?>> sent = new ArrayList<>();
                for (Deliveries.Job job : jobs) {
                    if (!running) {
                        break;
                    }
                    if (!job.expanded()) {
                        tx.executeWithoutResult(status -> deliveries.expand(job));
                    }
                    long started = System.nanoTime();
                    int before = sent.size();
                    sendJob(job, sent);
                    log.info("job {} {} {} {}: {} sent in {} ms", job.id(), job.channel(), job.audience(),
                            job.townshipCode(), sent.size() - before, (System.nanoTime() - started) / 1_000_000);
                }
                awaitOutcomes(sent);
                if (jobs.isEmpty() || sent.isEmpty()) {
                    pause(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("delivery pass failed, retrying: {}", e.toString());
                pause(1000);
            }
        }
    }

    private void sendJob(Deliveries.Job job, List<CompletableFuture<?>> sent) throws InterruptedException {
        ChannelAdapter adapter = adapters.get(job.channel());
        int after = 0;
        while (running) {
            Instant now = Instant.now(clock);
            List<Deliveries.Pending> batch = deliveries.pending(job.id(), after, now, batchSize);
            if (batch.isEmpty()) {
                return;
            }
            for (Deliveries.Pending p : batch) {
                if (adapter == null) {
                    enqueue(new Retry(job.id(), p.seq(), now.plus(backoff(p.attempts())), "channel not configured"));
                    continue;
                }
                CompletableFuture<String> accepted = adapter.send(p.recipient(), job.text(), job.level());
                sent.add(accepted.handle((gatewayId, failure) -> {
                    outcome(job, p, gatewayId, failure);
                    return null;
                }));
            }
            after = batch.get(batch.size() - 1).seq();
        }
    }

    private void outcome(Deliveries.Job job, Deliveries.Pending p, String gatewayId, Throwable failure) {
        if (failure == null) {
            enqueue(new Accepted(job.id(), p.seq(), gatewayId));
            register(key(job.channel(), gatewayId), pack(job.id(), p.seq()));
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ChannelAdapter.Refused || p.attempts() + 1 >= MAX_ATTEMPTS) {
            enqueue(new Final(job.id(), p.seq(), false, truncate(cause.getMessage()), null));
        } else {
            enqueue(new Retry(job.id(), p.seq(), Instant.now(clock).plus(backoff(p.attempts())), truncate(cause.getMessage())));
        }
    }

    /** Waits until every message of this pass has its outcome stored, so the next pass does not send it again. */
    private void awaitOutcomes(List<CompletableFuture<?>> sent) throws InterruptedException {
        for (CompletableFuture<?> future : sent) {
            try {
                future.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.warn("a send did not complete: {}", e.toString());
            }
        }
        while (running && written.get() < enqueued.get()) {
            Thread.sleep(5);
        }
    }

    /** A receipt may overtake the gateway's answer to the submit; whichever comes second completes the pair. */
    private void onReceipt(ChannelAdapter.Receipt receipt) {
        String key = key(receipt.channel(), receipt.gatewayId());
        Long packed;
        synchronized (correlation) {
            packed = correlation.remove(key);
            if (packed == null) {
                orphans.put(key, new Orphan(receipt, System.nanoTime()));
                return;
            }
        }
        finalOutcome(packed, receipt);
    }

    private void register(String key, long packed) {
        Orphan early;
        synchronized (correlation) {
            early = orphans.remove(key);
            if (early == null) {
                correlation.put(key, packed);
                return;
            }
        }
        finalOutcome(packed, early.receipt());
    }

    private void finalOutcome(long packed, ChannelAdapter.Receipt receipt) {
        enqueue(new Final(packed >>> 32, (int) packed, receipt.delivered(), receipt.detail(), receipt.acknowledge()));
    }

    private void enqueue(Outcome outcome) {
        enqueued.incrementAndGet();
        outcomes.add(outcome);
    }

    private void writeLoop() {
        List<Outcome> batch = new ArrayList<>();
        while (running || !outcomes.isEmpty()) {
            try {
                Outcome first = outcomes.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    dropStaleOrphans();
                    continue;
                }
                batch.add(first);
                outcomes.drainTo(batch, 20_000 - 1);
                store(batch);
                for (Outcome o : batch) {
                    if (o instanceof Final f && f.acknowledge() != null) {
                        f.acknowledge().run();
                    }
                }
                written.addAndGet(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("storing {} delivery outcomes failed, retrying: {}", batch.size(), e.toString());
                outcomes.addAll(batch);
                batch.clear();
                pause(500);
            }
        }
    }

    private void store(List<Outcome> batch) {
        List<Accepted> accepted = new ArrayList<>();
        List<Retry> retries = new ArrayList<>();
        List<Final> finals = new ArrayList<>();
        for (Outcome o : batch) {
            if (o instanceof Accepted a) {
                accepted.add(a);
            } else if (o instanceof Retry r) {
                retries.add(r);
            } else {
                finals.add((Final) o);
            }
        }
        tx.executeWithoutResult(status -> {
            if (!accepted.isEmpty()) {
                deliveries.markSubmitted(accepted.stream().mapToLong(Accepted::job).toArray(),
                        accepted.stream().mapToInt(Accepted::seq).toArray(),
                        accepted.stream().map(Accepted::gatewayId).toArray(String[]::new));
            }
            if (!retries.isEmpty()) {
                deliveries.markRetry(retries.stream().mapToLong(Retry::job).toArray(),
                        retries.stream().mapToInt(Retry::seq).toArray(),
                        retries.stream().map(Retry::next).toArray(Instant[]::new),
                        retries.stream().map(Retry::detail).toArray(String[]::new));
            }
            if (!finals.isEmpty()) {
                boolean[] delivered = new boolean[finals.size()];
                for (int i = 0; i < delivered.length; i++) {
                    delivered[i] = finals.get(i).delivered();
                }
                deliveries.markFinal(finals.stream().mapToLong(Final::job).toArray(),
                        finals.stream().mapToInt(Final::seq).toArray(), delivered,
                        finals.stream().map(Final::detail).toArray(String[]::new));
            }
        });
    }

    /** A receipt for a message this platform does not know (sent before its data was lost) is acknowledged and dropped. */
    private void dropStaleOrphans() {
        long cutoff = System.nanoTime() - TimeUnit.SECONDS.toNanos(60);
        synchronized (correlation) {
            dropOrphansBefore(cutoff);
        }
    }

    private void dropOrphansBefore(long cutoff) {
        orphans.entrySet().removeIf(entry -> {
            if (entry.getValue().since() < cutoff) {
                log.warn("receipt for unknown message {} acknowledged and dropped", entry.getKey());
                entry.getValue().receipt().acknowledge().run();
                return true;
            }
            return false;
        });
    }

    private void pause(long millis) {
        synchronized (signal) {
            if (!woken) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            woken = false;
        }
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts + 1, 9)));
    }

    private static String key(Channel channel, String gatewayId) {
        return channel.name() + ":" + gatewayId;
    }

    private static long pack(long job, int seq) {
        return (job << 32) | (seq & 0xFFFFFFFFL);
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static void join(Thread thread) {
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
