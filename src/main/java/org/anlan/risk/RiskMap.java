package org.anlan.risk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anlan.enterprise.EnterpriseId;

/**
 * 区域风险四色图: every enterprise, every township and the county coloured by one {@link ZoneRiskRule}
 * (RG-MAP-01, RG-MAP-02). Zones without any risk point or open hazard are absent.
 */
public record RiskMap(Map<EnterpriseId, ZoneRisk> enterprises, Map<String, ZoneRisk> townships, ZoneRisk county) {

    public RiskMap {
        enterprises = Map.copyOf(enterprises);
        townships = Map.copyOf(townships);
    }

    public static RiskMap compute(ZoneRiskRule rule, Collection<RiskPointStanding> points,
            Collection<OpenHazardStanding> hazards) {
        return new RiskMap(
                byZone(rule, points, hazards, RiskPointStanding::enterprise, OpenHazardStanding::enterprise),
                byZone(rule, points, hazards, RiskPointStanding::townshipCode, OpenHazardStanding::townshipCode),
                rule.evaluate(points, hazards));
    }

    private static <K> Map<K, ZoneRisk> byZone(ZoneRiskRule rule, Collection<RiskPointStanding> points,
            Collection<OpenHazardStanding> hazards, Function<RiskPointStanding, K> pointZone,
            Function<OpenHazardStanding, K> hazardZone) {
        Map<K, List<RiskPointStanding>> pointsByZone = points.stream().collect(Collectors.groupingBy(pointZone));
        Map<K, List<OpenHazardStanding>> hazardsByZone = hazards.stream().collect(Collectors.groupingBy(hazardZone));
        return Stream.concat(pointsByZone.keySet().stream(), hazardsByZone.keySet().stream())
                .distinct()
                .collect(Collectors.toMap(Function.identity(), zone -> rule.evaluate(
                        pointsByZone.getOrDefault(zone, List.of()), hazardsByZone.getOrDefault(zone, List.of()))));
    }
}
