package org.anlan.typhoon;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Best-track files written for tests: a storm moving north-west from the open sea past Xiangshan (29.47 N 121.88 E),
 * in CMA's fixed-width form or as JMA bst with radii. Each file gets its own storm number.
 */
public final class SyntheticTracks {

    private static final AtomicInteger NUMBER = new AtomicInteger(9900);
    private static final DateTimeFormatter CMA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHH", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter JMA_TIME = DateTimeFormatter.ofPattern("yyMMddHH", Locale.ROOT).withZone(ZoneOffset.UTC);
    public static final Instant START = Instant.parse("2030-08-01T00:00:00Z");
    /** Positions in 0.1°: from 25.0 N 126.0 E towards 29.5 N 121.5 E, 6-hourly. */
    static final int[][] POSITIONS = {{250, 1260}, {260, 1250}, {270, 1240}, {280, 1230}, {290, 1220}, {295, 1215},
            {300, 1205}, {310, 1195}};
    static final int[] PRESSURES = {990, 975, 960, 950, 955, 965, 980, 995};
    static final int[] WINDS_MS = {20, 28, 35, 42, 40, 33, 25, 15};

    private SyntheticTracks() {
    }

    public static String nextNumber() {
        return String.valueOf(NUMBER.incrementAndGet());
    }

    /** CMA original format with the given storm number. */
    public static String cma(String number) {
        var text = new StringBuilder(String.format("66666 %s  %3d 0001 %s 0 6 SYNTHETIC                     20300901%n",
                number, POSITIONS.length, number));
        for (int i = 0; i < POSITIONS.length; i++) {
            text.append(String.format("%s %d %3d %4d %4d %7d%n", CMA_TIME.format(START.plusSeconds(6 * 3600L * i)),
                    i < 2 ? 3 : 4, POSITIONS[i][0], POSITIONS[i][1], PRESSURES[i], WINDS_MS[i]));
        }
        return text.toString();
    }

    /** JMA bst with 50-kt radii from the third fix and 30-kt radii throughout. */
    public static String jma(String number) {
        var text = new StringBuilder(String.format("66666 %s  %03d 0001 %s 0 6               SYNTHETIC           20300901%n",
                number, POSITIONS.length, number));
        for (int i = 0; i < POSITIONS.length; i++) {
            int knots = (int) Math.round(WINDS_MS[i] / WindRadius.MS_PER_KNOT);
            String r50 = knots >= 50 ? "20080 0060" : "00000 0000";
            text.append(String.format("%s 002 %d %3d %4d %4d     %03d     %s 20250 0180%n",
                    JMA_TIME.format(START.plusSeconds(6 * 3600L * i)), knots >= 64 ? 5 : 4, POSITIONS[i][0],
                    POSITIONS[i][1], PRESSURES[i], knots, r50));
        }
        return text.toString();
    }
}
