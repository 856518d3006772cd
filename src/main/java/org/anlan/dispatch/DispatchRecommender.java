package org.anlan.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.anlan.county.TravelEstimate;
import org.anlan.county.TravelTimes;
import org.anlan.incident.Incident;
import org.anlan.incident.IncidentDesk;
import org.anlan.resource.RescueForces;
import org.anlan.resource.RescueTeam;
import org.springframework.stereotype.Service;

/**
 * Ranks the available teams for an incident: teams with a capability the incident type needs come first,
 * then the shortest estimated travel time.
 */
@Service
public class DispatchRecommender {

    private final IncidentDesk incidents;
    private final RescueForces forces;
    private final TravelTimes travel;
    private final CountyGeography county;
    private final ResponseRules rules = ResponseRules.defaults();

    DispatchRecommender(IncidentDesk incidents, RescueForces forces, TravelTimes travel, CountyGeography county) {
        this.incidents = incidents;
        this.forces = forces;
        this.travel = travel;
        this.county = county;
    }

    public List<Recommendation> recommend(UUID incidentId, int limit) {
        Incident incident = incidents.incident(incidentId);
        Map<String, String> circleOf = county.rescueCircles().stream()
                .flatMap(c -> c.members().stream().map(m -> Map.entry(m, c.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String sceneCircle = circleOf.get(incident.townshipCode());
        Set<String> needed = incident.type().requiredCapabilities();
        List<Recommendation> ranked = new ArrayList<>();
        for (RescueTeam team : forces.available()) {
            TravelEstimate trip = travel.estimate(team.base(), incident.location());
            Set<String> matched = new HashSet<>(team.capabilities());
            matched.retainAll(needed);
            ranked.add(new Recommendation(team.id(), team.name(), team.kind().name(), trip.minutes(), trip.roadKm(),
                    sceneCircle, circleOf.get(team.townshipCode()), rules.meets135(trip.minutes()),
                    rules.meets15min(trip.minutes()), !matched.isEmpty(), matched.stream().sorted().toList(),
                    trip.crossings(), rules.applicableRule(trip.sceneArea())));
        }
        ranked.sort(Comparator.comparing((Recommendation r) -> !r.capabilityMatch())
                .thenComparingDouble(Recommendation::travelMinutes));
        return ranked.subList(0, Math.min(Math.max(limit, 1), ranked.size()));
    }

}
