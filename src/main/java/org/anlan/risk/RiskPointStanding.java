package org.anlan.risk;

import java.util.Objects;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;

/** What the four-colour map needs of one risk point: where it is, its current level, whether it is active. */
public record RiskPointStanding(UUID riskPointId, EnterpriseId enterprise, String townshipCode, RiskLevel level,
        boolean active) {

    public RiskPointStanding {
        Objects.requireNonNull(riskPointId, "riskPointId");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(level, "level");
    }
}
