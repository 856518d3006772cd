package org.anlan.risk;

import java.util.Objects;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;

/** What the four-colour map needs of one hidden hazard not yet closed (销号). */
public record OpenHazardStanding(UUID hazardId, EnterpriseId enterprise, String townshipCode, HazardGrade grade) {

    public OpenHazardStanding {
        Objects.requireNonNull(hazardId, "hazardId");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(grade, "grade");
    }
}
