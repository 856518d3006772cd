package org.anlan.risk;

import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A risk or hazard rule refused an input or a transition; {@link #code()} is stable for API errors. Through the
 * API a refused input is a 400 and a refused transition a 409, with the message {@code error.risk.<code>}.
 */
public final class RiskRuleException extends ApiException {

    private final RiskError error;
    private final String explanation;

    public RiskRuleException(RiskError error, String detail) {
        super(statusOf(error), error.code(), "error.risk.%s".formatted(error.code()), detail);
        this.error = error;
        this.explanation = error.message() + "：" + detail;
    }

    public RiskError error() {
        return error;
    }

    @Override
    public String code() {
        return error.code();
    }

    @Override
    public String getMessage() {
        return explanation;
    }

    private static HttpStatus statusOf(RiskError error) {
        return switch (error) {
            case TRANSITION_NOT_ALLOWED, VERIFIER_IS_RECTIFIER, PLAN_REQUIRED, SUPERVISION_ONLY_FOR_MAJOR ->
                    HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
