package org.anlan.shelter.evacuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.geo.GreatCircle;
import org.anlan.geo.allocation.TransportationProblem;
import org.anlan.geo.allocation.TransportationSolution;
import org.anlan.geo.allocation.TransportationSolver;
import org.anlan.platform.error.ApiException;
import org.anlan.shelter.evacuation.EvacuationRequest.Crossing;
import org.anlan.shelter.evacuation.EvacuationRequest.Shelter;
import org.anlan.shelter.evacuation.EvacuationRequest.Village;

/**
 * Checks an evacuation request, turns it into a transportation problem (villages → shelters, cost per person)
 * and solves it exactly. Optimal means: as many people assigned as the capacities and crossings allow, then the
 * least total cost; among equally good allocations a basic one (no cycle of village–shelter pairs), so villages
 * are split over several shelters at most (shelters used − 1) times in all, and only where capacity forces it.
 */
public final class EvacuationPlanner {

    public static final int MAX_VILLAGES = 20_000;
    public static final int MAX_SHELTERS = 5_000;
    public static final long MAX_PAIRS = 6_000_000;
    public static final int MAX_LANDMASSES = 200;

    private EvacuationPlanner() {
    }

    public static EvacuationPlan plan(EvacuationRequest request) {
        return open(request).plan();
    }

    /** A checked request ready to plan and re-plan (after a shelter closes) from its previous optimum. */
    public static Session open(EvacuationRequest request) {
        return new Session(request);
    }

    public static final class Session {
        private final String[] villageIds;
        private final String[] shelterIds;
        private final Map<String, Integer> shelterIndex = new HashMap<>();
        private final double[] cost;
        private final TransportationProblem problem;
        private final TransportationSolver solver;
        private TransportationSolution last;

        private Session(EvacuationRequest request) {
            List<Village> villages = required(request.villages(), "villages");
            List<Shelter> shelters = required(request.shelters(), "shelters");
            if (villages.size() > MAX_VILLAGES || shelters.size() > MAX_SHELTERS
                    || (long) villages.size() * shelters.size() > MAX_PAIRS) {
                throw ApiException.badRequest("EVACUATION_TOO_LARGE", "error.shelter.evacuation.tooLarge",
                        MAX_VILLAGES, MAX_SHELTERS, MAX_PAIRS);
            }
            int m = villages.size();
            int n = shelters.size();
            villageIds = new String[m];
            shelterIds = new String[n];
            long[] people = new long[m];
            long[] capacity = new long[n];
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < m; i++) {
                Village v = villages.get(i);
                villageIds[i] = id(v == null ? null : v.id(), "village", i, seen);
                people[i] = amount(v.people(), "EVACUATION_PEOPLE_INVALID", "error.shelter.evacuation.peopleInvalid",
                        v.id());
                checkLocation(v.lat(), v.lon(), "village", v.id());
            }
            seen.clear();
            for (int j = 0; j < n; j++) {
                Shelter s = shelters.get(j);
                shelterIds[j] = id(s == null ? null : s.id(), "shelter", j, seen);
                shelterIndex.put(s.id(), j);
                capacity[j] = amount(s.capacity(), "EVACUATION_CAPACITY_INVALID",
                        "error.shelter.evacuation.capacityInvalid", s.id());
                checkLocation(s.lat(), s.lon(), "shelter", s.id());
            }
            Landmasses land = new Landmasses(villages, shelters, request.crossings());
            cost = request.travelMinutes() == null ? distances(villages, shelters) : minutes(request.travelMinutes(), m, n);
            long[] scaled = new long[m * n];
            for (int i = 0; i < m; i++) {
                int from = land.of(villages.get(i).island());
                for (int j = 0; j < n; j++) {
                    int a = i * n + j;
                    double extra = land.crossingCost(from, land.of(shelters.get(j).island()));
                    if (Double.isNaN(cost[a]) || extra == Double.POSITIVE_INFINITY) {
                        cost[a] = Double.NaN;
                        scaled[a] = TransportationProblem.NO_ARC;
                    } else {
                        cost[a] += extra;
                        scaled[a] = scaledCost(cost[a]);
                    }
                }
            }
            problem = new TransportationProblem(people, capacity, scaled);
            solver = new TransportationSolver(problem);
        }

        /** The optimal plan for all shelters not closed so far. */
        public EvacuationPlan plan() {
            last = solver.solve();
            return toPlan(last);
        }

        /** Closes a shelter and re-plans from the previous optimum (only displaced people are routed again). */
        public EvacuationPlan closeShelter(String shelterId) {
            Integer sink = shelterIndex.get(shelterId);
            if (sink == null) {
                throw ApiException.notFound("EVACUATION_SHELTER_UNKNOWN", "error.shelter.evacuation.shelterUnknown",
                        shelterId);
            }
            if (last == null) {
                plan();
            }
            last = solver.closeSink(sink);
            return toPlan(last);
        }

        /** The solver's problem (integer costs in millionths of a kilometre or minute), for baselines. */
        public TransportationProblem problem() {
            return problem;
        }

        /** Work done by the last solve: augmentations and pricing restarts. */
        public TransportationSolution lastSolution() {
            return last;
        }

        private EvacuationPlan toPlan(TransportationSolution solution) {
            List<EvacuationPlan.Assignment> assignments = new ArrayList<>(solution.flows().size());
            double total = 0;
            int n = shelterIds.length;
            for (TransportationSolution.Flow f : solution.flows()) {
                assignments.add(new EvacuationPlan.Assignment(villageIds[f.source()], shelterIds[f.sink()], f.amount()));
                total += f.amount() * cost[f.source() * n + f.sink()];
            }
            List<EvacuationPlan.Unassigned> unassigned = new ArrayList<>();
            for (int i = 0; i < villageIds.length; i++) {
                if (solution.unassigned()[i] > 0) {
                    unassigned.add(new EvacuationPlan.Unassigned(villageIds[i], solution.unassigned()[i]));
                }
            }
            return new EvacuationPlan(List.copyOf(assignments), total, List.copyOf(unassigned));
        }
    }

    private static <T> List<T> required(List<T> list, String name) {
        if (list == null) {
            throw ApiException.badRequest("EVACUATION_LIST_MISSING", "error.shelter.evacuation.listMissing", name);
        }
        return list;
    }

    private static String id(String id, String kind, int index, Set<String> seen) {
        if (id == null || id.isBlank()) {
            throw ApiException.badRequest("EVACUATION_ID_MISSING", "error.shelter.evacuation.idMissing", kind, index);
        }
        if (!seen.add(id)) {
            throw ApiException.badRequest("EVACUATION_DUPLICATE_ID", "error.shelter.evacuation.duplicateId", kind, id);
        }
        return id;
    }

    private static long amount(Long value, String code, String key, String id) {
        if (value == null || value < 0 || value > TransportationProblem.MAX_AMOUNT) {
            throw ApiException.badRequest(code, key, id, value);
        }
        return value;
    }

    private static void checkLocation(Double lat, Double lon, String kind, String id) {
        if (lat == null || lon == null) {
            throw ApiException.badRequest("EVACUATION_LOCATION_MISSING", "error.shelter.evacuation.locationMissing",
                    kind, id);
        }
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw ApiException.badRequest("EVACUATION_LOCATION_INVALID", "error.shelter.evacuation.locationInvalid",
                    kind, id, lat, lon);
        }
    }

    private static long scaledCost(double value) {
        try {
            return TransportationProblem.scaled(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("EVACUATION_MATRIX_INVALID", "error.shelter.evacuation.matrixInvalid",
                    e.getMessage());
        }
    }

    private static double[] distances(List<Village> villages, List<Shelter> shelters) {
        int m = villages.size();
        int n = shelters.size();
        double[] lat = new double[n];
        double[] cos = new double[n];
        double[] lon = new double[n];
        for (int j = 0; j < n; j++) {
            lat[j] = Math.toRadians(shelters.get(j).lat());
            cos[j] = Math.cos(lat[j]);
            lon[j] = Math.toRadians(shelters.get(j).lon());
        }
        double[] km = new double[m * n];
        for (int i = 0; i < m; i++) {
            double vLat = Math.toRadians(villages.get(i).lat());
            double vCos = Math.cos(vLat);
            double vLon = Math.toRadians(villages.get(i).lon());
            for (int j = 0; j < n; j++) {
                km[i * n + j] = GreatCircle.distanceKm(vLat, vCos, vLon, lat[j], cos[j], lon[j],
                        GreatCircle.MEAN_EARTH_RADIUS_KM);
            }
        }
        return km;
    }

    private static double[] minutes(List<List<Double>> matrix, int m, int n) {
        if (matrix.size() != m) {
            throw matrixInvalid("travelMinutes has " + matrix.size() + " rows, expected one per village (" + m + ")");
        }
        double[] minutes = new double[m * n];
        for (int i = 0; i < m; i++) {
            List<Double> row = matrix.get(i);
            if (row == null || row.size() != n) {
                throw matrixInvalid("travelMinutes row " + i + " must have one entry per shelter (" + n + ")");
            }
            for (int j = 0; j < n; j++) {
                Double value = row.get(j);
                if (value != null && (!Double.isFinite(value) || value < 0)) {
                    throw matrixInvalid("travelMinutes[" + i + "][" + j + "] is not a finite number ≥ 0: " + value);
                }
                minutes[i * n + j] = value == null ? Double.NaN : value;
            }
        }
        return minutes;
    }

    private static ApiException matrixInvalid(String detail) {
        return ApiException.badRequest("EVACUATION_MATRIX_INVALID", "error.shelter.evacuation.matrixInvalid", detail);
    }

    /**
     * The landmasses (the mainland and every island named) and the cheapest way between each pair over the
     * crossings, possibly via other landmasses (Floyd–Warshall over a few hundred at most).
     */
    private static final class Landmasses {
        private final Map<String, Integer> index = new HashMap<>();
        private final double[][] between;

        Landmasses(List<Village> villages, List<Shelter> shelters, List<Crossing> crossings) {
            index.put(EvacuationRequest.MAINLAND, 0);
            villages.forEach(v -> register(v.island()));
            shelters.forEach(s -> register(s.island()));
            List<Crossing> all = crossings == null ? List.of() : crossings;
            for (int k = 0; k < all.size(); k++) {
                Crossing c = all.get(k);
                if (c == null || c.from() == null || c.to() == null || c.from().isBlank() || c.to().isBlank()
                        || (c.cost() != null && (!Double.isFinite(c.cost()) || c.cost() < 0))) {
                    throw ApiException.badRequest("EVACUATION_CROSSING_INVALID",
                            "error.shelter.evacuation.crossingInvalid", k);
                }
                register(c.from());
                register(c.to());
            }
            int g = index.size();
            between = new double[g][g];
            for (double[] row : between) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            for (int a = 0; a < g; a++) {
                between[a][a] = 0;
            }
            for (Crossing c : all) {
                int a = index.get(c.from());
                int b = index.get(c.to());
                double extra = c.cost() == null ? 0 : c.cost();
                between[a][b] = Math.min(between[a][b], extra);
                between[b][a] = between[a][b];
            }
            for (int via = 0; via < g; via++) {
                for (int a = 0; a < g; a++) {
                    for (int b = 0; b < g; b++) {
                        between[a][b] = Math.min(between[a][b], between[a][via] + between[via][b]);
                    }
                }
            }
        }

        private void register(String island) {
            if (island != null && !island.isBlank() && !index.containsKey(island)) {
                if (index.size() >= MAX_LANDMASSES) {
                    throw ApiException.badRequest("EVACUATION_TOO_LARGE", "error.shelter.evacuation.tooLarge",
                            MAX_VILLAGES, MAX_SHELTERS, MAX_PAIRS);
                }
                index.put(island, index.size());
            }
        }

        int of(String island) {
            return island == null || island.isBlank() ? 0 : index.get(island);
        }

        double crossingCost(int from, int to) {
            return between[from][to];
        }
    }
}
