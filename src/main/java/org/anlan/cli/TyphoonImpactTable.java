package org.anlan.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.anlan.typhoon.ImpactJson;
import org.anlan.typhoon.LevelWindow;
import org.anlan.typhoon.PlaceImpact;
import org.anlan.typhoon.TrackImpact;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a track's impact as the operator table (UTC times) or as the contract's JSON. */
final class TyphoonImpactTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TyphoonImpactTable() {
    }

    static void print(TrackImpact impact, boolean json, boolean series, PrintStream out) {
        if (json) {
            out.println(JSON.writeValueAsString(ImpactJson.of(impact, series)));
            return;
        }
        out.printf("%s (%s, %s): %d fixes, minimum pressure %s hPa, %s – %s UTC, step %d min, wind circles: %s%n",
                impact.name(), impact.number(), impact.agency(), impact.fixCount(),
                impact.minPressureHpa() == null ? "?" : impact.minPressureHpa(), time(impact.start()), time(impact.end()),
                impact.step().toMinutes(), impact.windModel());
        out.printf("%-10s %-8s %8s %-12s %-25s %-25s %-25s %-25s %s%n", "code", "name", "closest", "at (UTC)",
                "6-level in – out", "8-level in – out", "10-level in – out", "12-level in – out", "highest signal");
        row(impact.countyCentre(), out);
        impact.townships().forEach(t -> row(t, out));
    }

    private static void row(PlaceImpact place, PrintStream out) {
        StringBuilder levels = new StringBuilder();
        for (LevelWindow window : place.levels()) {
            levels.append(String.format("%-25s ", window.reached() ? time(window.enter()) + " – " + time(window.exit()) : "—"));
        }
        out.printf("%-10s %-8s %5.1f km %-12s %s%s%n", place.code(), place.name(), place.closestKm(),
                time(place.closestAt()), levels, place.highestSignal() == null ? "—" : place.highestSignal());
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
