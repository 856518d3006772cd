package org.anlan.dispatch;

import java.time.Instant;
import java.util.UUID;

/** A team sent to an incident, with the timeline of its response. */
public record DispatchOrder(UUID id, UUID incidentId, UUID teamId, String teamName, String townshipCode, OrderStatus status,
                            double estimatedMinutes, String orderedBy, Instant orderedAt, Instant enRouteAt,
                            Instant onSceneAt, Instant finishedAt, Instant cancelledAt) {

    DispatchOrder advancedTo(OrderStatus next, Instant at) {
        return new DispatchOrder(id, incidentId, teamId, teamName, townshipCode, next, estimatedMinutes, orderedBy, orderedAt,
                next == OrderStatus.EN_ROUTE ? at : enRouteAt, next == OrderStatus.ON_SCENE ? at : onSceneAt,
                next == OrderStatus.FINISHED ? at : finishedAt, next == OrderStatus.CANCELLED ? at : cancelledAt);
    }

    /** Minutes from the order to arrival on scene, once arrived. */
    @com.fasterxml.jackson.annotation.JsonProperty("responseMinutes")
    public Double responseMinutes() {
        return onSceneAt == null ? null : (onSceneAt.toEpochMilli() - orderedAt.toEpochMilli()) / 60_000.0;
    }
}
