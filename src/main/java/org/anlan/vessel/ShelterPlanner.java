package org.anlan.vessel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assigns recalled boats to ports and anchorages: a minimum-cost maximum assignment. Each boat may go only to a
 * shelter it reaches before the deadline at its speed; no shelter receives more boats than it has room for. Among
 * the assignments that place the most boats, the one with the least total travel time is returned.
 *
 * <p>Successive shortest paths on the min-cost flow network source → boat → shelter → sink. With few shelters
 * (H) and many boats (N), each shortest path is found on the residual graph between shelters only: moving one
 * boat from shelter a to shelter b costs its travel-time difference, the cheapest such boat is the edge a → b,
 * and Bellman–Ford over H + 1 nodes finds the path. An augmentation costs O(N·H + H³), the plan O(N²·H).
 * The flow stays of minimum cost after each augmentation, so there is never a negative cycle.
 */
final class ShelterPlanner {

    /** A boat to place: its travel time in seconds to each shelter, {@link #UNREACHABLE} when it cannot make it. */
    record Boat(long[] secondsTo) {

        boolean reachesAny() {
            for (long seconds : secondsTo) {
                if (seconds != UNREACHABLE) {
                    return true;
                }
            }
            return false;
        }
    }

    static final long UNREACHABLE = Long.MAX_VALUE;
    static final int UNPLACED = -1;

    private ShelterPlanner() {
    }

    /** The shelter index of each boat, or {@link #UNPLACED}. {@code room[h]} is the free room of shelter h. */
    static int[] assign(List<Boat> boats, int[] room) {
        int n = boats.size();
        int h = room.length;
        for (Boat boat : boats) {
            if (boat.secondsTo().length != h) {
                throw new IllegalArgumentException("every boat needs a time to every shelter");
            }
        }
        int[] assigned = new int[n];
        Arrays.fill(assigned, UNPLACED);
        int[] used = new int[h];
        boolean[] hopeless = new boolean[n];
        while (true) {
            Path path = shortestPath(boats, assigned, used, room, hopeless);
            if (path == null) {
                return assigned;
            }
            apply(path, assigned, used);
        }
    }

    /** The shelter the path ends at, and per shelter node the boat that moves into it along the path. */
    private record Path(int end, int[] previous, int[] mover) {
    }

    private static Path shortestPath(List<Boat> boats, int[] assigned, int[] used, int[] room, boolean[] hopeless) {
        int h = room.length;
        long[] distance = new long[h];
        int[] previous = new int[h];   // previous shelter on the path, or -1 for the source
        int[] mover = new int[h];      // the boat that moves into this shelter
        Arrays.fill(distance, UNREACHABLE);
        Arrays.fill(mover, -1);
        // source → shelter: the cheapest unplaced boat
        for (int b = 0; b < boats.size(); b++) {
            if (assigned[b] != UNPLACED || hopeless[b]) {
                continue;
            }
            long[] times = boats.get(b).secondsTo();
            hopeless[b] = !boats.get(b).reachesAny();
            for (int s = 0; s < h; s++) {
                if (times[s] != UNREACHABLE && times[s] < distance[s]) {
                    distance[s] = times[s];
                    previous[s] = -1;
                    mover[s] = b;
                }
            }
        }
        // shelter a → shelter b: the boat at a for which moving to b costs least
        long[][] edge = new long[h][h];
        int[][] edgeBoat = new int[h][h];
        for (long[] row : edge) {
            Arrays.fill(row, UNREACHABLE);
        }
        for (int b = 0; b < boats.size(); b++) {
            int from = assigned[b];
            if (from == UNPLACED) {
                continue;
            }
            long[] times = boats.get(b).secondsTo();
            for (int to = 0; to < h; to++) {
                if (to != from && times[to] != UNREACHABLE) {
                    long cost = times[to] - times[from];
                    if (cost < edge[from][to]) {
                        edge[from][to] = cost;
                        edgeBoat[from][to] = b;
                    }
                }
            }
        }
        for (int round = 0; round < h; round++) {
            boolean changed = false;
            for (int from = 0; from < h; from++) {
                if (distance[from] == UNREACHABLE) {
                    continue;
                }
                for (int to = 0; to < h; to++) {
                    if (edge[from][to] != UNREACHABLE && distance[from] + edge[from][to] < distance[to]) {
                        distance[to] = distance[from] + edge[from][to];
                        previous[to] = from;
                        mover[to] = edgeBoat[from][to];
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        int end = -1;
        for (int s = 0; s < h; s++) {
            if (used[s] < room[s] && distance[s] != UNREACHABLE && (end < 0 || distance[s] < distance[end])) {
                end = s;
            }
        }
        return end < 0 ? null : new Path(end, previous, mover);
    }

    private static void apply(Path path, int[] assigned, int[] used) {
        used[path.end()]++;
        List<int[]> moves = new ArrayList<>();
        int node = path.end();
        while (node >= 0) {
            if (moves.size() > assigned.length) {
                throw new IllegalStateException("augmenting path does not end at the source");
            }
            moves.add(new int[] {path.mover()[node], node});
            node = path.previous()[node];
        }
        for (int[] move : moves) {
            assigned[move[0]] = move[1];
        }
    }
}
