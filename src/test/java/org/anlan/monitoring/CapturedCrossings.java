package org.anlan.monitoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only listener (picked up by every test context, so the contexts stay shared): every ThresholdCrossed the
 * platform publishes, as the warning module would receive it.
 */
@Component
class CapturedCrossings {

    private final List<ThresholdCrossed> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ThresholdCrossed event) {
        events.add(event);
    }

    List<ThresholdCrossed> of(String stationId) {
        return events.stream().filter(e -> stationId.equals(e.stationId())).toList();
    }

    List<ThresholdCrossed> all() {
        return List.copyOf(events);
    }
}
