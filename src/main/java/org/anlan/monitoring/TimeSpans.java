package org.anlan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The time spans of a batch per station, for reading which of its keys are already stored by index range instead
 * of one lookup per reading: a station's times, sorted, split wherever two are more than {@link #MAX_GAP_MICROS}
 * apart, so that a span never covers much more stored history than the batch itself (a late reading from last
 * month gets its own span, not one reaching across the month).
 */
record TimeSpans(String[] stationIds, long[] fromMicros, long[] toMicros) {

    static final long MAX_GAP_MICROS = 3_600_000_000L;

    static TimeSpans of(Map<String, List<Long>> microsByStation) {
        List<String> stations = new ArrayList<>();
        List<long[]> spans = new ArrayList<>();
        microsByStation.forEach((station, times) -> {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            int start = 0;
            for (int i = 1; i <= sorted.length; i++) {
                if (i == sorted.length || sorted[i] - sorted[i - 1] > MAX_GAP_MICROS) {
                    stations.add(station);
                    spans.add(new long[] {sorted[start], sorted[i - 1]});
                    start = i;
                }
            }
        });
        long[] from = new long[spans.size()];
        long[] to = new long[spans.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = spans.get(i)[0];
            to[i] = spans.get(i)[1];
        }
        return new TimeSpans(stations.toArray(String[]::new), from, to);
    }
}
