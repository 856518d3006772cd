package org.anlan.risk;

/** A risk or hazard rule refused an input or a transition; {@link #code()} is stable for API errors. */
public final class RiskRuleException extends RuntimeException {

    private final RiskError error;

    public RiskRuleException(RiskError error, String detail) {
        super(error.message() + "：" + detail);
        this.error = error;
    }

    public RiskError error() {
        return error;
    }

    public String code() {
        return error.code();
    }
}
