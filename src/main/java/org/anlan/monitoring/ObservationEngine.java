package org.anlan.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The live state of every station: incremental rolling sums ({@link RollingSums}), the latest instantaneous value,
 * and the current level per hazard. A reading updates its station in O(windows + rules) and reports a crossing when
 * a hazard's level rises; a level that falls is remembered, so that rising again is a new crossing.
 * All methods are synchronized: one writer thread applies readings, page and API threads read.
 */
public final class ObservationEngine implements ReadingProcessor {

    /** What the page and the API show of a station. */
    public record StationView(Station station, long[] sums, Instant sumsAsOf, Long latestCenti, Instant latestAt,
                              Map<Hazard, Level> levels) {

        public Level highest() {
            return levels.values().stream().max(Enum::compareTo).orElse(Level.NONE);
        }
    }

    private static final class StationState {
        final Station station;
        final RollingSums rolling;
        long latest;
        Instant latestAt;
        Ladder[] ladders;
        Level[] levels;

        StationState(Station station, List<ThresholdRule> rules) {
            this.station = station;
            this.rolling = new RollingSums();
            compile(rules);
        }

        void compile(List<ThresholdRule> rules) {
            ladders = Ladder.compile(station, rules);
            levels = new Level[ladders.length];
            java.util.Arrays.fill(levels, Level.NONE);
        }
    }

    private final Map<String, StationState> stations = new HashMap<>();
    private RuleSet rules;

    public ObservationEngine(Collection<Station> stations, RuleSet rules) {
        this.rules = rules;
        stations.forEach(this::addStation);
    }

    public synchronized void addStation(Station station) {
        stations.putIfAbsent(station.id(), new StationState(station, rules.rules()));
    }

    public synchronized RuleSet rules() {
        return rules;
    }

    /** New rules: levels are re-graded silently from the current values (no crossings for what is already known). */
    public synchronized void replaceRules(RuleSet next) {
        this.rules = next;
        for (StationState state : stations.values()) {
            state.compile(next.rules());
            grade(state, null);
        }
    }

    @Override
    public synchronized boolean apply(Reading reading, Consumer<Crossing> sink) {
        return applyOne(reading, sink);
    }

    /** Applies readings {@code from} (inclusive) to {@code to} (exclusive) under one lock; returns how many were known. */
    @Override
    public synchronized int applyAll(Reading[] readings, int from, int to, Consumer<Crossing> sink) {
        int known = 0;
        for (int i = from; i < to; i++) {
            if (applyOne(readings[i], sink)) {
                known++;
            }
        }
        return known;
    }

    private boolean applyOne(Reading reading, Consumer<Crossing> sink) {
        StationState state = stations.get(reading.stationId());
        if (state == null) {
            return false;
        }
        Instant at = reading.observedAt();
        boolean newest = state.latestAt == null || at.isAfter(state.latestAt);
        if (state.station.kind().accumulating()) {
            if (!state.rolling.add(Math.floorDiv(at.getEpochSecond(), 60), reading.centi())) {
                return true; // older than 24 h: stored, but in no window
            }
        } else if (!newest) {
            return true; // instantaneous values follow the newest reading; a late one changes nothing current
        }
        if (newest) {
            state.latest = reading.centi();
            state.latestAt = at;
        }
        grade(state, sink);
        return true;
    }

    /** Lets time pass (windows slide without readings); levels fall silently. */
    public synchronized void advanceTo(Instant now) {
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        for (StationState state : stations.values()) {
            if (!state.rolling.empty() && minute > state.rolling.head()) {
                state.rolling.advanceTo(minute);
                grade(state, null);
            }
        }
    }

    private void grade(StationState state, Consumer<Crossing> sink) {
        Ladder.grade(state.ladders, state.levels, state.rolling.sumsView(), state.latest, state.station, rules.version(),
                state.latestAt, sink);
    }

    @Override
    public synchronized long[] sums(String stationId) {
        StationState state = stations.get(stationId);
        return state == null ? new long[0] : state.rolling.sumsView().clone();
    }

    @Override
    public synchronized Level level(String stationId, Hazard hazard) {
        StationState state = stations.get(stationId);
        return state == null ? Level.NONE : Ladder.levelOf(state.ladders, state.levels, hazard);
    }

    public synchronized List<StationView> views() {
        List<StationView> views = new ArrayList<>(stations.size());
        for (StationState state : stations.values()) {
            views.add(view(state));
        }
        return views;
    }

    public synchronized java.util.Optional<StationView> view(String stationId) {
        return java.util.Optional.ofNullable(stations.get(stationId)).map(ObservationEngine::view);
    }

    /** The station's per-minute amounts of the last {@code minutes} minutes, oldest first, and the newest minute. */
    synchronized long[] recentMinutes(String stationId, int minutes) {
        StationState state = stations.get(stationId);
        return state == null ? new long[0] : state.rolling.lastMinutes(minutes);
    }

    synchronized long newestMinute(String stationId) {
        StationState state = stations.get(stationId);
        return state == null || state.rolling.empty() ? Long.MIN_VALUE : state.rolling.head();
    }

    private static StationView view(StationState state) {
        Map<Hazard, Level> levels = new java.util.EnumMap<>(Hazard.class);
        for (int h = 0; h < state.ladders.length; h++) {
            levels.put(state.ladders[h].hazard, state.levels[h]);
        }
        Instant asOf = state.rolling.empty() ? null : Instant.ofEpochSecond((state.rolling.head() + 1) * 60);
        return new StationView(state.station, state.rolling.sumsView().clone(), asOf,
                state.latestAt == null ? null : state.latest, state.latestAt, levels);
    }
}
