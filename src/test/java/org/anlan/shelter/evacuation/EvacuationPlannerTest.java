package org.anlan.shelter.evacuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.cli.JGraphTTransportation;
import org.anlan.platform.error.ApiException;
import org.anlan.shelter.evacuation.EvacuationPlan.Assignment;
import org.anlan.shelter.evacuation.EvacuationPlan.Unassigned;
import org.anlan.shelter.evacuation.EvacuationRequest.Crossing;
import org.anlan.shelter.evacuation.EvacuationRequest.Shelter;
import org.anlan.shelter.evacuation.EvacuationRequest.Village;
import org.junit.jupiter.api.Test;

class EvacuationPlannerTest {

    /** One degree of longitude on the equator with R = 6371.0088 km. */
    private static final double DEGREE_KM = 6371.0088 * Math.PI / 180.0;

    @Test
    void sendsEachVillageToItsNearestShelterWhenThereIsRoom() {
        // On the equator: V1 at 0°, S1 at 1°, S2 at 2°, V2 at 3°.
        var plan = EvacuationPlanner.plan(new EvacuationRequest(
                List.of(new Village("V1", 10L, 0.0, 0.0), new Village("V2", 5L, 0.0, 3.0)),
                List.of(new Shelter("S1", 10L, 0.0, 1.0), new Shelter("S2", 10L, 0.0, 2.0))));
        assertThat(plan.assignments()).containsExactly(new Assignment("V1", "S1", 10), new Assignment("V2", "S2", 5));
        assertThat(plan.totalCost()).isCloseTo(15 * DEGREE_KM, within(1e-9));
        assertThat(plan.unassigned()).isEmpty();
    }

    @Test
    void splitsAVillageOnlyWhenCapacityForcesIt() {
        // V1 (12 people) at 0°; S1 (8 places) at 1°, S2 (8 places) at 2°: 8 go to S1, the other 4 to S2.
        var plan = EvacuationPlanner.plan(new EvacuationRequest(
                List.of(new Village("V1", 12L, 0.0, 0.0)),
                List.of(new Shelter("S1", 8L, 0.0, 1.0), new Shelter("S2", 8L, 0.0, 2.0))));
        assertThat(plan.assignments()).containsExactly(new Assignment("V1", "S1", 8), new Assignment("V1", "S2", 4));
        assertThat(plan.totalCost()).isCloseTo((8 + 4 * 2) * DEGREE_KM, within(1e-9));
    }

    @Test
    void reportsPeopleNoShelterCanTake() {
        var plan = EvacuationPlanner.plan(new EvacuationRequest(
                List.of(new Village("V1", 10L, 0.0, 0.0), new Village("V2", 10L, 0.0, 4.0)),
                List.of(new Shelter("S1", 15L, 0.0, 1.0))));
        // Room for 15 of 20: the nearer village goes in whole, 5 of the farther one stay out.
        assertThat(plan.assignments()).containsExactly(new Assignment("V1", "S1", 10), new Assignment("V2", "S1", 5));
        assertThat(plan.unassigned()).containsExactly(new Unassigned("V2", 5));
        assertThat(plan.totalCost()).isCloseTo((10 + 5 * 3) * DEGREE_KM, within(1e-9));
    }

    @Test
    void neverCrossesWaterWithoutACrossing() {
        // The island village is 1° from the mainland shelter but 3° from the island's own shelter.
        var villages = List.of(new Village("岛村", 5L, 0.0, 0.0, "南田岛"));
        var shelters = List.of(new Shelter("陆上", 100L, 0.0, 1.0, null), new Shelter("岛上", 100L, 0.0, 3.0, "南田岛"));
        var noCrossing = EvacuationPlanner.plan(new EvacuationRequest(villages, shelters, null, null));
        assertThat(noCrossing.assignments()).containsExactly(new Assignment("岛村", "岛上", 5));

        var bridge = List.of(new Crossing("南田岛", EvacuationRequest.MAINLAND, 10.0));
        var withBridge = EvacuationPlanner.plan(new EvacuationRequest(villages, shelters, null, bridge));
        assertThat(withBridge.assignments()).containsExactly(new Assignment("岛村", "陆上", 5));
        assertThat(withBridge.totalCost()).isCloseTo(5 * (DEGREE_KM + 10.0), within(1e-9));

        var islandFull = List.of(new Shelter("岛上", 2L, 0.0, 3.0, "南田岛"), new Shelter("陆上", 100L, 0.0, 1.0, null));
        var stranded = EvacuationPlanner.plan(new EvacuationRequest(villages, islandFull, null, null));
        assertThat(stranded.unassigned()).containsExactly(new Unassigned("岛村", 3));
    }

    @Test
    void crossingsChainOverIntermediateIslands() {
        var villages = List.of(new Village("A村", 1L, 0.0, 0.0, "A"));
        var shelters = List.of(new Shelter("C点", 1L, 0.0, 0.5, "C"));
        var crossings = List.of(new Crossing("A", "B", 2.0), new Crossing("C", "B", 3.0));
        var plan = EvacuationPlanner.plan(new EvacuationRequest(villages, shelters, null, crossings));
        assertThat(plan.totalCost()).isCloseTo(0.5 * DEGREE_KM + 5.0, within(1e-9));
    }

    @Test
    void usesTravelMinutesWhenGiven() {
        var villages = List.of(new Village("V1", 3L, 0.0, 0.0), new Village("V2", 2L, 0.0, 0.1));
        var shelters = List.of(new Shelter("S1", 3L, 0.0, 0.0), new Shelter("S2", 3L, 0.0, 5.0));
        // Far in kilometres but near in minutes: V1 → S2 (4 min); V2 has no route to S2 and goes to S1.
        List<List<Double>> minutes = List.of(Arrays.asList(30.0, 4.0), Arrays.asList(7.0, null));
        var plan = EvacuationPlanner.plan(new EvacuationRequest(villages, shelters, minutes, null));
        assertThat(plan.assignments()).containsExactly(new Assignment("V1", "S2", 3), new Assignment("V2", "S1", 2));
        assertThat(plan.totalCost()).isCloseTo(3 * 4.0 + 2 * 7.0, within(1e-9));
    }

    @Test
    void refusesBadInputWithItsOwnCode() {
        var shelter = List.of(new Shelter("S1", 10L, 29.2, 121.9));
        var village = List.of(new Village("V1", 10L, 29.2, 121.9));
        assertRefused(new EvacuationRequest(List.of(new Village("V1", -1L, 29.2, 121.9)), shelter), "EVACUATION_PEOPLE_INVALID");
        assertRefused(new EvacuationRequest(List.of(new Village("V1", null, 29.2, 121.9)), shelter), "EVACUATION_PEOPLE_INVALID");
        assertRefused(new EvacuationRequest(village, List.of(new Shelter("S1", -5L, 29.2, 121.9))), "EVACUATION_CAPACITY_INVALID");
        assertRefused(new EvacuationRequest(List.of(new Village("V1", 3L, null, 121.9)), shelter), "EVACUATION_LOCATION_MISSING");
        assertRefused(new EvacuationRequest(village, List.of(new Shelter("S1", 3L, 29.2, null))), "EVACUATION_LOCATION_MISSING");
        assertRefused(new EvacuationRequest(List.of(new Village("V1", 3L, Double.NaN, 121.9)), shelter), "EVACUATION_LOCATION_INVALID");
        assertRefused(new EvacuationRequest(List.of(new Village("V1", 3L, 91.0, 121.9)), shelter), "EVACUATION_LOCATION_INVALID");
        assertRefused(new EvacuationRequest(List.of(village.get(0), village.get(0)), shelter), "EVACUATION_DUPLICATE_ID");
        assertRefused(new EvacuationRequest(List.of(new Village(" ", 3L, 29.2, 121.9)), shelter), "EVACUATION_ID_MISSING");
        assertRefused(new EvacuationRequest(null, shelter), "EVACUATION_LIST_MISSING");
        assertRefused(new EvacuationRequest(village, shelter, List.of(), null), "EVACUATION_MATRIX_INVALID");
        assertRefused(new EvacuationRequest(village, shelter, List.of(List.of(Double.NaN)), null), "EVACUATION_MATRIX_INVALID");
        assertRefused(new EvacuationRequest(village, shelter, List.of(List.of(-2.0)), null), "EVACUATION_MATRIX_INVALID");
        assertRefused(new EvacuationRequest(village, shelter, List.of(List.of(1.0, 2.0)), null), "EVACUATION_MATRIX_INVALID");
        assertRefused(new EvacuationRequest(village, shelter, null, List.of(new Crossing("A", null, 1.0))), "EVACUATION_CROSSING_INVALID");
        assertRefused(new EvacuationRequest(village, shelter, null, List.of(new Crossing("A", "B", -1.0))), "EVACUATION_CROSSING_INVALID");
        var many = new ArrayList<Village>();
        for (int i = 0; i <= EvacuationPlanner.MAX_VILLAGES; i++) {
            many.add(new Village("V" + i, 1L, 29.2, 121.9));
        }
        assertRefused(new EvacuationRequest(many, shelter), "EVACUATION_TOO_LARGE");
    }

    @Test
    void randomPlansMatchAnIndependentMinCostFlowAndKeepEveryRule() {
        Random random = new Random(5);
        for (int round = 0; round < 25; round++) {
            EvacuationRequest request = randomRequest(random, 20 + random.nextInt(60), 5 + random.nextInt(25),
                    random.nextDouble() < 0.5 ? 0.7 : 1.4);
            EvacuationPlanner.Session session = EvacuationPlanner.open(request);
            EvacuationPlan plan = session.plan();
            var reference = JGraphTTransportation.solve(session.problem());
            assertThat(plan.unassignedPeople()).as("round %d", round).isEqualTo(reference.unassigned());
            // The reference works in the solver's integer units (millionths of a km); both optima cost the same.
            assertThat((long) session.lastSolution().cost()).as("round %d", round).isEqualTo(reference.cost());
            assertRules(request, plan);
        }
    }

    @Test
    void replanningAfterAShelterClosesEqualsPlanningWithoutIt() {
        Random random = new Random(9);
        for (int round = 0; round < 15; round++) {
            EvacuationRequest request = randomRequest(random, 60, 20, 1.2);
            EvacuationPlanner.Session session = EvacuationPlanner.open(request);
            EvacuationPlan before = session.plan();
            String closed = before.assignments().get(random.nextInt(before.assignments().size())).shelter();
            EvacuationPlan after = session.closeShelter(closed);
            var remaining = request.shelters().stream().filter(s -> !s.id().equals(closed)).toList();
            EvacuationPlan fresh = EvacuationPlanner.plan(new EvacuationRequest(request.villages(), remaining));
            assertThat(after.assignments()).noneMatch(a -> a.shelter().equals(closed));
            assertThat(after.unassignedPeople()).isEqualTo(fresh.unassignedPeople());
            assertThat(after.totalCost()).isCloseTo(fresh.totalCost(), within(1e-6 * Math.max(1, fresh.totalCost())));
            assertRules(new EvacuationRequest(request.villages(), remaining), after);
        }
        assertThatThrownBy(() -> EvacuationPlanner.open(randomRequest(random, 3, 2, 1)).closeShelter("nope"))
                .isInstanceOf(ApiException.class).hasMessageContaining("EVACUATION_SHELTER_UNKNOWN");
    }

    /** Capacity never exceeded, people conserved, costs recomputed independently, splits only as a forest allows. */
    private static void assertRules(EvacuationRequest request, EvacuationPlan plan) {
        Map<String, Village> villages = new HashMap<>();
        request.villages().forEach(v -> villages.put(v.id(), v));
        Map<String, Shelter> shelters = new HashMap<>();
        request.shelters().forEach(s -> shelters.put(s.id(), s));
        Map<String, Long> moved = new HashMap<>();
        Map<String, Long> load = new HashMap<>();
        double cost = 0;
        for (Assignment a : plan.assignments()) {
            assertThat(a.people()).isPositive();
            moved.merge(a.village(), a.people(), Long::sum);
            load.merge(a.shelter(), a.people(), Long::sum);
            cost += a.people() * haversineKm(villages.get(a.village()), shelters.get(a.shelter()));
        }
        plan.unassigned().forEach(u -> moved.merge(u.village(), u.people(), Long::sum));
        villages.values().forEach(v -> assertThat(moved.getOrDefault(v.id(), 0L)).isEqualTo(v.people()));
        load.forEach((shelter, people) -> assertThat(people).isLessThanOrEqualTo(shelters.get(shelter).capacity()));
        assertThat(plan.totalCost()).isCloseTo(cost, within(1e-6 * Math.max(1, cost)));
        long usedShelters = load.size() + (plan.unassigned().isEmpty() ? 0 : 1);
        long splits = plan.assignments().size() + plan.unassigned().size()
                - plan.assignments().stream().map(Assignment::village).distinct().count()
                - plan.unassigned().stream().filter(u -> plan.assignments().stream().noneMatch(a -> a.village().equals(u.village()))).count();
        assertThat(splits).isLessThanOrEqualTo(Math.max(0, usedShelters - 1));
    }

    private static double haversineKm(Village v, Shelter s) {
        double dLat = Math.toRadians(s.lat() - v.lat());
        double dLon = Math.toRadians(s.lon() - v.lon());
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(v.lat())) * Math.cos(Math.toRadians(s.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    static EvacuationRequest randomRequest(Random random, int villages, int shelters, double capacityRatio) {
        List<Village> v = new ArrayList<>();
        long people = 0;
        for (int i = 0; i < villages; i++) {
            long p = 20 + random.nextInt(400);
            people += p;
            v.add(new Village("V" + i, p, 29.0 + random.nextDouble() * 0.5, 121.7 + random.nextDouble() * 0.3));
        }
        List<Shelter> s = new ArrayList<>();
        long each = Math.max(1, (long) (people * capacityRatio / shelters));
        for (int j = 0; j < shelters; j++) {
            s.add(new Shelter("S" + j, each / 2 + random.nextInt((int) each + 1), 29.0 + random.nextDouble() * 0.5,
                    121.7 + random.nextDouble() * 0.3));
        }
        return new EvacuationRequest(v, s);
    }

    private static void assertRefused(EvacuationRequest request, String code) {
        assertThatThrownBy(() -> EvacuationPlanner.plan(request)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(code));
    }
}
