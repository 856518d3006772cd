package org.anlan.monitoring;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.anlan.platform.error.ApiException;

/**
 * One threshold: the hazard {@code level} is reached when the station's {@code metric} is at least
 * {@code threshold} (in the kind's unit, at most two decimals). {@code stationId} null applies the rule to every
 * station of the kind; a station-specific rule replaces the general one of the same hazard and level.
 */
public record ThresholdRule(String id, Hazard hazard, Level level, StationKind kind, Metric metric,
                            BigDecimal threshold, String stationId, boolean enabled, String basis) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    long thresholdCenti() {
        return Reading.toCenti(threshold);
    }

    /** Refuses a rule that could never be evaluated as meant, naming the rule. */
    void check() {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.id", String.valueOf(id));
        }
        if (hazard == null || level == null || level == Level.NONE || kind == null || metric == null || threshold == null) {
            throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.incomplete", id);
        }
        if (threshold.scale() > Reading.SCALE && threshold.stripTrailingZeros().scale() > Reading.SCALE) {
            throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.precision", id);
        }
        if (threshold.signum() < 0 && kind.accumulating()) {
            throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.negative", id);
        }
        boolean fits = metric.rolling() ? kind.accumulating()
                : metric == Metric.LATEST_WIND ? kind == StationKind.WIND : !kind.accumulating();
        if (!fits) {
            throw ApiException.badRequest("RULE_INVALID", "error.monitoring.rule.metric", id, metric.name(), kind.name());
        }
    }
}
