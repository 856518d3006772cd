package org.anlan.shelter.evacuation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An optimal evacuation allocation. {@code totalCost} is Σ people × cost per person (kilometres, or minutes with a
 * matrix, crossings included); {@code unassigned} lists the villages whose people no reachable shelter could take.
 */
@Schema(description = "转移安置分配结果 Evacuation plan")
public record EvacuationPlan(List<Assignment> assignments, double totalCost, List<Unassigned> unassigned) {

    public record Assignment(@Schema(example = "V1") String village, @Schema(example = "S1") String shelter,
                             @Schema(example = "120") long people) {
    }

    public record Unassigned(@Schema(example = "V7") String village, @Schema(example = "35") long people) {
    }

    public long assignedPeople() {
        return assignments.stream().mapToLong(Assignment::people).sum();
    }

    public long unassignedPeople() {
        return unassigned.stream().mapToLong(Unassigned::people).sum();
    }
}
