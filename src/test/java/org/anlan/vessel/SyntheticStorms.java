package org.anlan.vessel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Typhoon tracks in CMA's CSV form, written relative to the test clock, for recall tests. */
public final class SyntheticStorms {

    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String CSV_HEADER = "Time,IntensityCategory,LAT,LON,PRES,WND,IntID,InYearID,CNID,Flag,TimeInterval,Name\n";

    private SyntheticStorms() {
    }

    /**
     * A strong typhoon (950 hPa, 45 m/s: its level-6 circle some 400 km in radius) at 22.0 N 128.0 E now, about
     * 1,000 km from 石浦, heading for it (29.2 N 122.0 E, reached in 36 h); 6-hourly fixes from six hours ago.
     */
    public static String approachingXiangshan(String number, Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
        double[][] positions = {{20.8, 129.0}, {22.0, 128.0}, {23.2, 127.0}, {24.4, 126.0}, {25.6, 125.0}, {26.8, 124.0},
                {28.0, 123.0}, {29.2, 122.0}, {30.4, 121.0}};
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < positions.length; i++) {
            csv.append(String.format(Locale.ROOT, "%s,5,%.1f,%.1f,950.0,45.0,%s,99,%s,0,6,RECALLTEST%n",
                    CSV_TIME.format(start.plus(Duration.ofHours(6L * i))), positions[i][0], positions[i][1], number, number));
        }
        return csv.toString();
    }
}
