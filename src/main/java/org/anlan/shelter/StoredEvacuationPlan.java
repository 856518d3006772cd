package org.anlan.shelter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An evacuation plan as made for a warning: who goes where, and who could not be placed ({@code shelterId}
 * null). Villages without a location cannot be planned and are counted apart.
 */
public record StoredEvacuationPlan(UUID id, String warningId, int warningVersion, String hazard, String level,
                                   double totalCostKm, long people, long assigned, long unassigned,
                                   int villagesWithoutLocation, Instant createdAt, List<Line> lines) {

    public record Line(UUID villageId, String villageName, String townshipCode, UUID shelterId, long people) {
    }
}
