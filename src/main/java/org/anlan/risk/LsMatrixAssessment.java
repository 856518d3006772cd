package org.anlan.risk;

/** An LS risk-matrix result: L and S in 1..5, R = L × S (RG-LS-01), level by the recorded banding (RG-LS-02). */
public record LsMatrixAssessment(int likelihood, int severity, int score, RiskLevel level, String bandingVariant) {

    public LsMatrixAssessment {
        requireFactor("L", likelihood);
        requireFactor("S", severity);
        if (score != likelihood * severity || level == null || bandingVariant == null) {
            throw new IllegalArgumentException("R must be L × S with a level and its banding variant");
        }
    }

    public static LsMatrixAssessment of(int likelihood, int severity) {
        return of(likelihood, severity, LsBanding.variantA());
    }

    public static LsMatrixAssessment of(int likelihood, int severity, LsBanding banding) {
        requireFactor("L", likelihood);
        requireFactor("S", severity);
        int r = likelihood * severity;
        return new LsMatrixAssessment(likelihood, severity, r, banding.levelOf(r), banding.variant());
    }

    public RiskColour colour() {
        return level.colour();
    }

    private static void requireFactor(String name, int value) {
        if (value < 1 || value > 5) {
            throw new RiskRuleException(RiskError.LS_FACTOR_OUT_OF_RANGE, name + " = " + value);
        }
    }
}
