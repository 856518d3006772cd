package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/** A station reached a higher level of a hazard than it was at (a new crossing or an upgrade). */
public record Crossing(Station station, ThresholdRule rule, int ruleVersion, long centi, Instant observedAt) {

    public BigDecimal value() {
        return BigDecimal.valueOf(centi, Reading.SCALE);
    }

    ThresholdCrossed toEvent() {
        return new ThresholdCrossed(rule.id(), ruleVersion, rule.hazard().name(), rule.level().name(),
                java.util.List.of(station.townshipCode()), station.id(), value(), station.kind().unit(),
                rule.metric().window(), observedAt, false, station.location());
    }
}
