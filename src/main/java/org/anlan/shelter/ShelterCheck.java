package org.anlan.shelter;

import java.time.Instant;
import java.util.UUID;

/** One checklist item of a shelter as last recorded: met or not, the evidence, who checked and when. */
public record ShelterCheck(UUID shelterId, StandardItem item, boolean met, String evidence, String checkedBy,
                           Instant checkedAt) {
}
