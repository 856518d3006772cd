package org.anlan.risk;

import java.util.Collection;
import java.util.Optional;

/**
 * How a zone of the four-colour map is coloured (RG-MAP-02): the highest level among its active risk
 * points. §1.4 gives open hidden hazards no part in this, so by default they do not change the colour;
 * a county that wants an open 重大事故隐患 to lift its zone to at least some level configures that floor.
 */
public record ZoneRiskRule(Optional<RiskLevel> openMajorHazardFloor) {

    public ZoneRiskRule {
        openMajorHazardFloor = openMajorHazardFloor == null ? Optional.empty() : openMajorHazardFloor;
    }

    /** RG-MAP-02 as written: highest active level, hazards ignored. */
    public static ZoneRiskRule highestActiveLevel() {
        return new ZoneRiskRule(Optional.empty());
    }

    /** A configured variant [P]: any open 重大事故隐患 raises the zone to at least {@code floor}. */
    public static ZoneRiskRule withOpenMajorHazardFloor(RiskLevel floor) {
        return new ZoneRiskRule(Optional.of(floor));
    }

    /**
     * The same rule on counts: {@code activePointsByLevel[level.ordinal()]} active risk points per level and the
     * number of open 重大 hazards, so that a zone kept as counts is re-coloured in O(1) when one item changes.
     */
    public ZoneRisk evaluate(int[] activePointsByLevel, int openMajorHazards) {
        Optional<RiskLevel> highest = Optional.empty();
        int active = 0;
        for (RiskLevel level : RiskLevel.values()) {
            int count = activePointsByLevel[level.ordinal()];
            if (count < 0) {
                throw new IllegalArgumentException("negative count of " + level);
            }
            if (count > 0 && highest.isEmpty()) {
                highest = Optional.of(level);
            }
            active += count;
        }
        if (openMajorHazards == 0 || openMajorHazardFloor.isEmpty()) {
            return new ZoneRisk(highest, active, openMajorHazards, false);
        }
        RiskLevel floor = openMajorHazardFloor.get();
        boolean raised = highest.map(floor::isHigherThan).orElse(true);
        return new ZoneRisk(raised ? Optional.of(floor) : highest, active, openMajorHazards, raised);
    }

    /** The zone's risk from the risk points and open hazards inside it; inactive points are ignored. */
    public ZoneRisk evaluate(Collection<RiskPointStanding> points, Collection<OpenHazardStanding> hazards) {
        Optional<RiskLevel> highest = points.stream().filter(RiskPointStanding::active)
                .map(RiskPointStanding::level).reduce(RiskLevel::higherOf);
        int active = (int) points.stream().filter(RiskPointStanding::active).count();
        int openMajor = (int) hazards.stream().filter(h -> h.grade() == HazardGrade.MAJOR).count();
        if (openMajor == 0 || openMajorHazardFloor.isEmpty()) {
            return new ZoneRisk(highest, active, openMajor, false);
        }
        RiskLevel floor = openMajorHazardFloor.get();
        boolean raised = highest.map(floor::isHigherThan).orElse(true);
        Optional<RiskLevel> level = raised ? Optional.of(floor) : highest;
        return new ZoneRisk(level, active, openMajor, raised);
    }
}
