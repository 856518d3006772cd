package org.anlan.typhoon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an impact shared by {@code typhoon impact --json} and {@code GET /api/typhoons/{id}/impact}:
 * top-level {@code fixCount} and {@code minPressure} (hPa), and per township
 * {@code {"code","closestKm","closestAt","levels":[{"level":6,"enter","exit"}…]}} plus name, signals and, on request,
 * the distance series. Times are ISO-8601 UTC; distances in km to 0.1.
 */
public final class ImpactJson {

    private ImpactJson() {
    }

    public static Map<String, Object> of(TrackImpact impact, boolean withSeries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agency", impact.agency());
        json.put("number", impact.number());
        json.put("name", impact.name());
        json.put("fixCount", impact.fixCount());
        json.put("minPressure", impact.minPressureHpa());
        json.put("start", text(impact.start()));
        json.put("end", text(impact.end()));
        json.put("stepMinutes", impact.step().toMinutes());
        json.put("windModel", impact.windModel());
        json.put("countyCentre", place(impact.countyCentre(), false));
        List<Map<String, Object>> townships = new ArrayList<>();
        impact.townships().forEach(t -> townships.add(place(t, withSeries)));
        json.put("townships", townships);
        return json;
    }

    static Map<String, Object> place(PlaceImpact place, boolean withSeries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", place.code());
        json.put("name", place.name());
        json.put("closestKm", round(place.closestKm()));
        json.put("closestAt", text(place.closestAt()));
        List<Map<String, Object>> levels = new ArrayList<>();
        for (LevelWindow window : place.levels()) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", window.level());
            level.put("enter", text(window.enter()));
            level.put("exit", text(window.exit()));
            levels.add(level);
        }
        json.put("levels", levels);
        json.put("highestSignal", place.highestSignal() == null ? null : place.highestSignal().name());
        List<Map<String, Object>> signals = new ArrayList<>();
        for (SignalChange change : place.signals()) {
            Map<String, Object> signal = new LinkedHashMap<>();
            signal.put("from", text(change.at()));
            signal.put("signal", change.signal() == null ? null : change.signal().name());
            signals.add(signal);
        }
        json.put("signals", signals);
        if (withSeries) {
            List<Object[]> series = new ArrayList<>();
            place.distances().forEach(d -> series.add(new Object[] {text(d.at()), round(d.km()), d.windLevel()}));
            json.put("distances", series);
        }
        return json;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    private static double round(double km) {
        return Math.round(km * 10.0) / 10.0;
    }
}
