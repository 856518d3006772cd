package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anlan.platform.error.ApiException;

/**
 * One version of the threshold rules. Version 1 is {@link #defaults()}: the CMA rainstorm, gale and typhoon signal
 * tables (domain rules §4.2–4.4) and the county's provisional water-level, tide and landslide thresholds.
 */
public record RuleSet(int version, List<ThresholdRule> rules, String note, Instant createdAt, String createdBy) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** Checks every rule and that no two share an id or a (hazard, level, kind, station) slot. */
    static void check(List<ThresholdRule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw ApiException.badRequest("RULES_EMPTY", "error.monitoring.rule.empty");
        }
        if (rules.size() > 500) {
            throw ApiException.badRequest("RULES_TOO_MANY", "error.monitoring.rule.tooMany", 500);
        }
        Set<String> ids = new HashSet<>();
        Set<List<Object>> slots = new HashSet<>();
        for (ThresholdRule rule : rules) {
            if (rule == null) {
                throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.incomplete", "null");
            }
            rule.check();
            if (!ids.add(rule.id())) {
                throw ApiException.badRequest("RULE_DUPLICATE", "error.monitoring.rule.duplicate", rule.id());
            }
            List<Object> slot = new ArrayList<>();
            slot.add(rule.hazard());
            slot.add(rule.level());
            slot.add(rule.kind());
            slot.add(rule.stationId());
            if (!slots.add(slot)) {
                throw ApiException.badRequest("RULE_DUPLICATE", "error.monitoring.rule.duplicate", rule.id());
            }
        }
    }

    public static List<ThresholdRule> defaults() {
        List<ThresholdRule> rules = new ArrayList<>();
        String rain = "CMA 暴雨预警信号 (中国气象局令第16号)";
        rules.add(rule("rainstorm-blue", Hazard.RAINSTORM, Level.BLUE, StationKind.RAIN_GAUGE, Metric.SUM_12H, "50", rain));
        rules.add(rule("rainstorm-yellow", Hazard.RAINSTORM, Level.YELLOW, StationKind.RAIN_GAUGE, Metric.SUM_6H, "50", rain));
        rules.add(rule("rainstorm-orange", Hazard.RAINSTORM, Level.ORANGE, StationKind.RAIN_GAUGE, Metric.SUM_3H, "50", rain));
        rules.add(rule("rainstorm-red", Hazard.RAINSTORM, Level.RED, StationKind.RAIN_GAUGE, Metric.SUM_3H, "100", rain));
        // Observed mean wind at the lower bound of Beaufort 6/8/10/12 (GB/T 28591-2012), the gale and typhoon tables.
        String gale = "CMA 大风预警信号, observed mean wind 6/8/10/12级";
        rules.add(rule("gale-blue", Hazard.GALE, Level.BLUE, StationKind.WIND, Metric.LATEST_WIND, "10.8", gale));
        rules.add(rule("gale-yellow", Hazard.GALE, Level.YELLOW, StationKind.WIND, Metric.LATEST_WIND, "17.2", gale));
        rules.add(rule("gale-orange", Hazard.GALE, Level.ORANGE, StationKind.WIND, Metric.LATEST_WIND, "24.5", gale));
        rules.add(rule("gale-red", Hazard.GALE, Level.RED, StationKind.WIND, Metric.LATEST_WIND, "32.7", gale));
        // A gauge cannot tell a typhoon's wind from other wind: enabled (in a new version) while a cyclone affects the county.
        String typhoon = "CMA 台风预警信号, mean wind 6/8/10/12级; enable while a tropical cyclone affects the county";
        rules.add(rule("typhoon-blue", Hazard.TYPHOON, Level.BLUE, StationKind.WIND, Metric.LATEST_WIND, "10.8", typhoon, false));
        rules.add(rule("typhoon-yellow", Hazard.TYPHOON, Level.YELLOW, StationKind.WIND, Metric.LATEST_WIND, "17.2", typhoon, false));
        rules.add(rule("typhoon-orange", Hazard.TYPHOON, Level.ORANGE, StationKind.WIND, Metric.LATEST_WIND, "24.5", typhoon, false));
        rules.add(rule("typhoon-red", Hazard.TYPHOON, Level.RED, StationKind.WIND, Metric.LATEST_WIND, "32.7", typhoon, false));
        String water = "provisional county default (warning level 警戒水位 = yellow); set per station";
        rules.add(rule("water-level-blue", Hazard.WATER_LEVEL, Level.BLUE, StationKind.WATER_LEVEL, Metric.LATEST, "2.50", water));
        rules.add(rule("water-level-yellow", Hazard.WATER_LEVEL, Level.YELLOW, StationKind.WATER_LEVEL, Metric.LATEST, "3.00", water));
        rules.add(rule("water-level-orange", Hazard.WATER_LEVEL, Level.ORANGE, StationKind.WATER_LEVEL, Metric.LATEST, "3.50", water));
        rules.add(rule("water-level-red", Hazard.WATER_LEVEL, Level.RED, StationKind.WATER_LEVEL, Metric.LATEST, "4.00", water));
        String tide = "provisional county default (warning tide level 警戒潮位 = yellow); set per station";
        rules.add(rule("tide-blue", Hazard.TIDE, Level.BLUE, StationKind.TIDE, Metric.LATEST, "3.80", tide));
        rules.add(rule("tide-yellow", Hazard.TIDE, Level.YELLOW, StationKind.TIDE, Metric.LATEST, "4.10", tide));
        rules.add(rule("tide-orange", Hazard.TIDE, Level.ORANGE, StationKind.TIDE, Metric.LATEST, "4.40", tide));
        rules.add(rule("tide-red", Hazard.TIDE, Level.RED, StationKind.TIDE, Metric.LATEST, "4.80", tide));
        String slope = "provisional: displacement in 24 h (位移速率) tiers; set per slope";
        rules.add(rule("landslide-blue", Hazard.LANDSLIDE, Level.BLUE, StationKind.LANDSLIDE, Metric.SUM_24H, "5", slope));
        rules.add(rule("landslide-yellow", Hazard.LANDSLIDE, Level.YELLOW, StationKind.LANDSLIDE, Metric.SUM_24H, "10", slope));
        rules.add(rule("landslide-orange", Hazard.LANDSLIDE, Level.ORANGE, StationKind.LANDSLIDE, Metric.SUM_24H, "20", slope));
        rules.add(rule("landslide-red", Hazard.LANDSLIDE, Level.RED, StationKind.LANDSLIDE, Metric.SUM_24H, "50", slope));
        return List.copyOf(rules);
    }

    private static ThresholdRule rule(String id, Hazard hazard, Level level, StationKind kind, Metric metric,
                                      String threshold, String basis) {
        return rule(id, hazard, level, kind, metric, threshold, basis, true);
    }

    private static ThresholdRule rule(String id, Hazard hazard, Level level, StationKind kind, Metric metric,
                                      String threshold, String basis, boolean enabled) {
        return new ThresholdRule(id, hazard, level, kind, metric, new BigDecimal(threshold), null, enabled, basis);
    }
}
