package org.anlan.dispatch;

import java.time.Duration;
import org.anlan.county.AreaType;

/**
 * The response-time rules of the plan: "135" (1 minute to turn out, on scene within 5 minutes; urban and
 * industrial areas) and the 15-minute rural response. Times are configurable; defaults follow domain rules §7.
 */
record ResponseRules(Duration turnout, Duration urbanArrival, Duration ruralArrival) {

    static ResponseRules defaults() {
        return new ResponseRules(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    }

    boolean meets135(double travelMinutes) {
        return turnout.toSeconds() / 60.0 + travelMinutes <= urbanArrival.toSeconds() / 60.0;
    }

    boolean meets15min(double travelMinutes) {
        return turnout.toSeconds() / 60.0 + travelMinutes <= ruralArrival.toSeconds() / 60.0;
    }

    String applicableRule(AreaType area) {
        return area == AreaType.URBAN ? "135" : "15MIN";
    }
}
