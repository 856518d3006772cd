package org.anlan.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The straightforward way, kept as the benchmark's baseline and as the oracle of the property tests: every station
 * keeps its readings of the last 24 h in a list and re-sums each window from the list on every reading. Same window
 * semantics (whole minutes) and the same rules as {@link ObservationEngine}, so both must grade every reading alike.
 */
public final class ResummingBaseline implements ReadingProcessor {

    private static final class StationState {
        final Station station;
        final List<Reading> readings = new ArrayList<>();
        final long[] sums = new long[RollingSums.WINDOW_MINUTES.length];
        final Ladder[] ladders;
        final Level[] levels;
        long newestMinute = Long.MIN_VALUE;
        long latest;
        Instant latestAt;

        StationState(Station station, List<ThresholdRule> rules) {
            this.station = station;
            this.ladders = Ladder.compile(station, rules);
            this.levels = new Level[ladders.length];
            java.util.Arrays.fill(levels, Level.NONE);
        }
    }

    private final Map<String, StationState> stations = new HashMap<>();
    private final RuleSet rules;

    public ResummingBaseline(Collection<Station> stations, RuleSet rules) {
        this.rules = rules;
        stations.forEach(s -> this.stations.put(s.id(), new StationState(s, rules.rules())));
    }

    @Override
    public boolean apply(Reading reading, Consumer<Crossing> sink) {
        StationState state = stations.get(reading.stationId());
        if (state == null) {
            return false;
        }
        long minute = Math.floorDiv(reading.observedAt().getEpochSecond(), 60);
        boolean newest = state.latestAt == null || reading.observedAt().isAfter(state.latestAt);
        if (state.station.kind().accumulating()) {
            state.newestMinute = Math.max(state.newestMinute, minute);
            if (state.newestMinute - minute >= RollingSums.SPAN) {
                return true;
            }
            state.readings.add(reading);
            resum(state);
        } else if (!newest) {
            return true;
        }
        if (newest) {
            state.latest = reading.centi();
            state.latestAt = reading.observedAt();
        }
        Ladder.grade(state.ladders, state.levels, state.sums, state.latest, state.station, rules.version(),
                state.latestAt, sink);
        return true;
    }

    private static void resum(StationState state) {
        state.readings.removeIf(r -> state.newestMinute - minuteOf(r) >= RollingSums.SPAN);
        for (int i = 0; i < state.sums.length; i++) {
            long sum = 0;
            for (Reading r : state.readings) {
                if (state.newestMinute - minuteOf(r) < RollingSums.WINDOW_MINUTES[i]) {
                    sum += r.centi();
                }
            }
            state.sums[i] = sum;
        }
    }

    /** Lets time pass for a station's windows (to compare with a view taken at that time); levels are not graded. */
    public void advanceTo(String stationId, Instant asOf) {
        StationState state = stations.get(stationId);
        long minute = Math.floorDiv(asOf.getEpochSecond(), 60) - 1;
        if (state != null && state.station.kind().accumulating() && !state.readings.isEmpty() && minute > state.newestMinute) {
            state.newestMinute = minute;
            resum(state);
        }
    }

    private static long minuteOf(Reading reading) {
        return Math.floorDiv(reading.observedAt().getEpochSecond(), 60);
    }

    @Override
    public long[] sums(String stationId) {
        StationState state = stations.get(stationId);
        return state == null ? new long[0] : state.sums.clone();
    }

    @Override
    public Level level(String stationId, Hazard hazard) {
        StationState state = stations.get(stationId);
        return state == null ? Level.NONE : Ladder.levelOf(state.ladders, state.levels, hazard);
    }
}
