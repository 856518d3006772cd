package org.anlan.risk;

import java.util.Optional;

/**
 * The colour of one zone (enterprise, township or county) and what it was computed from. A zone without
 * active risk points has no level and is shown as 未评估, never as 蓝 (RG-MAP-02).
 */
public record ZoneRisk(Optional<RiskLevel> level, int activeRiskPoints, int openMajorHazards,
        boolean raisedByOpenMajorHazards) {

    public static final String UNASSESSED = "未评估";

    public Optional<RiskColour> colour() {
        return level.map(RiskLevel::colour);
    }

    public String label() {
        return level.map(RiskLevel::label).orElse(UNASSESSED);
    }
}
