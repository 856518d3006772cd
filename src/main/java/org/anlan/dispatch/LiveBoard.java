package org.anlan.dispatch;

import java.io.IOException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anlan.incident.IncidentsReported;
import org.anlan.incident.UpwardReportOverdue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IncidentsReported event) {
        broadcast("incident");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BoardChanged event) {
        broadcast("dispatch");
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
