package org.anlan.duty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signed handover (交接班) from one shift to the next: notes and the items still pending. */
public record Handover(UUID id, UUID fromShiftId, UUID toShiftId, String notes, List<String> pendingItems,
                       String signedBy, Instant signedAt) {

    public Handover {
        pendingItems = List.copyOf(pendingItems);
    }
}
