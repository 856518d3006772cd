package org.anlan.duty;

import java.util.List;
import java.util.UUID;

/** What the outgoing shift hands to the incoming one. */
public record HandoverRequest(UUID toShiftId, String notes, List<String> pendingItems) {

    public HandoverRequest {
        pendingItems = pendingItems == null ? List.of() : List.copyOf(pendingItems);
    }
}
