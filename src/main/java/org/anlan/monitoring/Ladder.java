package org.anlan.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one hazard for one station, compiled into arrays from the highest level down, so that grading a
 * station is a few comparisons of scaled integers (evaluate from the top: red, orange, yellow, blue — MW-03).
 */
final class Ladder {

    final Hazard hazard;
    private final ThresholdRule[] rules;
    private final int[] windowIndex;
    private final boolean[] windRounding;
    private final long[] thresholds;

    private Ladder(Hazard hazard, List<ThresholdRule> descending) {
        this.hazard = hazard;
        int n = descending.size();
        rules = descending.toArray(ThresholdRule[]::new);
        windowIndex = new int[n];
        windRounding = new boolean[n];
        thresholds = new long[n];
        for (int i = 0; i < n; i++) {
            windowIndex[i] = rules[i].metric().windowIndex();
            windRounding[i] = rules[i].metric() == Metric.LATEST_WIND;
            thresholds[i] = rules[i].thresholdCenti();
        }
    }

    /** The index of the highest rule reached, or -1. */
    int reached(long[] sums, long latest) {
        for (int i = 0; i < thresholds.length; i++) {
            int w = windowIndex[i];
            long value = w >= 0 ? sums[w] : windRounding[i] ? roundToTenth(latest) : latest;
            if (value >= thresholds[i]) {
                return i;
            }
        }
        return -1;
    }

    ThresholdRule rule(int index) {
        return rules[index];
    }

    long value(int index, long[] sums, long latest) {
        int w = windowIndex[index];
        return w >= 0 ? sums[w] : windRounding[index] ? roundToTenth(latest) : latest;
    }

    /**
     * Grades a station on every ladder: the level reached replaces the remembered one, and a rise is reported to
     * the sink (null: grade silently).
     */
    static void grade(Ladder[] ladders, Level[] levels, long[] sums, long latest, Station station, int ruleVersion,
                      java.time.Instant at, java.util.function.Consumer<Crossing> sink) {
        for (int h = 0; h < ladders.length; h++) {
            Ladder ladder = ladders[h];
            int reached = ladder.reached(sums, latest);
            Level level = reached < 0 ? Level.NONE : ladder.rule(reached).level();
            if (sink != null && level.above(levels[h])) {
                sink.accept(new Crossing(station, ladder.rule(reached), ruleVersion, ladder.value(reached, sums, latest), at));
            }
            levels[h] = level;
        }
    }

    static Level levelOf(Ladder[] ladders, Level[] levels, Hazard hazard) {
        for (int h = 0; h < ladders.length; h++) {
            if (ladders[h].hazard == hazard) {
                return levels[h];
            }
        }
        return Level.NONE;
    }

    static long roundToTenth(long centi) {
        return Math.floorDiv(centi + 5, 10) * 10;
    }

    /** The enabled rules for a station, one ladder per hazard; a station-specific rule replaces the general one. */
    static Ladder[] compile(Station station, List<ThresholdRule> rules) {
        Map<Hazard, Map<Level, ThresholdRule>> chosen = new EnumMap<>(Hazard.class);
        for (ThresholdRule rule : rules) {
            if (!rule.enabled() || rule.kind() != station.kind()
                    || (rule.stationId() != null && !rule.stationId().equals(station.id()))) {
                continue;
            }
            Map<Level, ThresholdRule> levels = chosen.computeIfAbsent(rule.hazard(), h -> new EnumMap<>(Level.class));
            ThresholdRule present = levels.get(rule.level());
            if (present == null || (present.stationId() == null && rule.stationId() != null)) {
                levels.put(rule.level(), rule);
            }
        }
        List<Ladder> ladders = new ArrayList<>();
        chosen.forEach((hazard, levels) -> ladders.add(new Ladder(hazard, levels.values().stream()
                .sorted(Comparator.comparing(ThresholdRule::level).reversed()).toList())));
        return ladders.toArray(Ladder[]::new);
    }
}
