package org.anlan.dispatch;

import java.io.IOException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anlan.incident.IncidentsReported;
import org.anlan.incident.UpwardReportOverdue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events that tell every open board to refresh: a new incident, a dispatch step, an overdue report. */
@Component
class LiveBoard {

    private static final long THIRTY_MINUTES = 30 * 60 * 1000L;
    private final CopyOnWriteArrayList<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(THIRTY_MINUTES);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, "hello");
        return emitter;
    }

    @EventListener
    void on(IncidentsReported event) {
        afterCommit(() -> broadcast("incident"));
    }

    @EventListener
    void on(BoardChanged event) {
        afterCommit(() -> broadcast("dispatch"));
    }

    /**
     * A board refresh is a hint, not a fact to keep: registered as a plain synchronisation instead of a
     * transactional event listener it gets no durable event publication, which would cost every intake batch a
     * second synchronous commit. A board that misses a hint (a crash) reloads its data on the next one.
     */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @EventListener
    void on(UpwardReportOverdue event) {
        broadcast("overdue");
    }

    private void broadcast(String what) {
        emitters.forEach(emitter -> send(emitter, what));
    }

    private void send(SseEmitter emitter, String what) {
        try {
            emitter.send(SseEmitter.event().name("update").data(what));
        } catch (IOException | IllegalStateException gone) {
            emitters.remove(emitter);
        }
    }
}
