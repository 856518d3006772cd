package org.anlan.vessel;

/**
 * Operator-set CPA/TCPA limits per tier. A tier applies iff CPA ≤ its distance and 0 ≤ TCPA ≤ its time
 * (CR-03): a negative or undefined TCPA never alarms.
 */
public record CpaThresholds(Limit alarm, Limit warning, Limit attention) {

    /** CR-04 proposed defaults for coastal monitoring around Xiangshan. */
    public static final CpaThresholds XIANGSHAN_DEFAULTS = new CpaThresholds(
            new Limit(0.5, 6), new Limit(1.0, 12), new Limit(2.0, 20));

    public record Limit(double cpaNm, double tcpaMin) {

        public Limit {
            if (!(cpaNm > 0) || !(tcpaMin > 0)) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        boolean reached(Cpa cpa) {
            if (cpa.tcpaMin().isEmpty()) {
                return false;
            }
            double tcpa = cpa.tcpaMin().getAsDouble();
            return cpa.cpaNm() <= cpaNm && tcpa >= 0 && tcpa <= tcpaMin;
        }
    }

    public RiskLevel classify(Cpa cpa) {
        if (alarm.reached(cpa)) {
            return RiskLevel.ALARM;
        }
        if (warning.reached(cpa)) {
            return RiskLevel.WARNING;
        }
        return attention.reached(cpa) ? RiskLevel.ATTENTION : RiskLevel.NONE;
    }
}
