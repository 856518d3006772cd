package org.anlan.enterprise;

/** A string was offered as a 统一社会信用代码 and is not one; {@link #problem()} says why. */
public final class InvalidCreditCodeException extends IllegalArgumentException {

    private final CreditCodeProblem problem;

    InvalidCreditCodeException(CreditCodeProblem problem, String offered) {
        super("统一社会信用代码无效：" + problem.label() + "（" + offered + "）");
        this.problem = problem;
    }

    public CreditCodeProblem problem() {
        return problem;
    }

    /** Stable error code for API problem details. */
    public String code() {
        return "enterprise.credit-code." + problem.name().toLowerCase().replace('_', '-');
    }
}
