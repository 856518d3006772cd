package org.anlan.platform.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.anlan.platform.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The queue and writer threads of a group commit: submissions wait in a bounded queue; each writer thread takes
 * what is waiting, up to a batch weight, and hands it to the batch writer, which stores it in one transaction and
 * completes each submission. Stopping refuses new submissions and lets the writers finish everything accepted.
 * A refused submission gets 503 with the owner's stable codes: unavailable while stopped, busy when the queue
 * stays full for the offer timeout.
 *
 * @param <S> a submission, carrying the future its writer completes
 */
public final class GroupCommitQueue<S> {

    /** The stable codes and message keys of the owner's 503 answers. */
    public record Refusals(String unavailableCode, String unavailableKey, String busyCode, String busyKey) {
    }

    private static final Logger log = LoggerFactory.getLogger(GroupCommitQueue.class);

    private final String name;
    private final BlockingQueue<S> queue;
    private final Duration offerTimeout;
    private final int maxBatchWeight;
    private final ToIntFunction<S> weight;
    private final Refusals refusals;
    private final Consumer<List<S>> batchWriter;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    public GroupCommitQueue(String name, int capacity, Duration offerTimeout, int maxBatchWeight, ToIntFunction<S> weight,
                            Refusals refusals, Consumer<List<S>> batchWriter) {
        this.name = name;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.offerTimeout = offerTimeout;
        this.maxBatchWeight = maxBatchWeight;
        this.weight = weight;
        this.refusals = refusals;
        this.batchWriter = batchWriter;
    }

    /** Queues a submission for the next batch, or refuses it with 503. */
    public void offer(S submission) {
        if (!running) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, refusals.unavailableCode(), refusals.unavailableKey());
        }
        try {
            if (!queue.offer(submission, offerTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, refusals.busyCode(), refusals.busyKey());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, refusals.busyCode(), refusals.busyKey());
        }
    }

    public void start(int writerThreads) {
        running = true;
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::drain, writerThreads == 1 ? name : name + "-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Stops taking submissions and returns once everything already accepted is written (at most 30 s a writer). */
    public void stop() {
        running = false;
        try {
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.clear();
    }

    public boolean isRunning() {
        return running;
    }

    private void drain() {
        List<S> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                S first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int batchWeight = weight.applyAsInt(first);
                S next;
                while (batchWeight < maxBatchWeight && (next = queue.poll()) != null) {
                    batch.add(next);
                    batchWeight += weight.applyAsInt(next);
                }
                batchWriter.accept(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("{}: batch failed", name, e);
            } finally {
                batch.clear();
            }
        }
    }
}
