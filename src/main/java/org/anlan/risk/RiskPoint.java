package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;

/**
 * 风险点 of an enterprise: where and what (place, activity, hazard kind), how it was graded (LEC or LS, with the
 * factors and the variant used), its level, how it is controlled (measures, responsible person and level) and
 * when it is next reviewed.
 */
public record RiskPoint(UUID id, EnterpriseId enterprise, String townshipCode, String name, String place,
                        String activity, String hazardKind, String method, BigDecimal l, BigDecimal e, BigDecimal c,
                        BigDecimal s, BigDecimal score, RiskLevel level, String variant, String controlMeasures,
                        String responsiblePerson, String controlLevel, int reviewDays, LocalDate nextReview,
                        boolean active, boolean synthetic, Instant createdAt, Instant updatedAt) {

    public RiskColour colour() {
        return level.colour();
    }

    public RiskPointStanding standing() {
        return new RiskPointStanding(id, enterprise, townshipCode, level, active);
    }

    /** Due for review on or before {@code today}. */
    public boolean reviewDue(LocalDate today) {
        return active && !nextReview.isAfter(today);
    }
}
