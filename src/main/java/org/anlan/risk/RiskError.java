package org.anlan.risk;

/** Stable error codes of the risk module, with the message shown to users. */
public enum RiskError {
    LEC_FACTOR_NOT_IN_TABLE("risk.lec.factor-not-in-table", "LEC 取值不在标准取值表中"),
    LS_FACTOR_OUT_OF_RANGE("risk.ls.factor-out-of-range", "L、S 取值应为 1–5 的整数"),
    LS_BANDING_INVALID("risk.ls.banding-invalid", "风险矩阵分级阈值无效"),
    UNKNOWN_SUBSTANCE("risk.hazard-source.unknown-substance", "危险化学品名录中没有该物质"),
    INVALID_QUANTITY("risk.hazard-source.invalid-quantity", "数量应为非负数"),
    INVALID_POPULATION("risk.hazard-source.invalid-population", "暴露人口数应为非负整数"),
    NO_SUBSTANCES("risk.hazard-source.no-substances", "至少申报一种危险化学品"),
    TRANSITION_NOT_ALLOWED("hazard.transition-not-allowed", "当前状态不允许此操作"),
    REGISTRATION_INCOMPLETE("hazard.registration-incomplete", "登记信息不完整"),
    PLAN_REQUIRED("hazard.plan-required", "重大事故隐患须先制定治理方案"),
    PLAN_INCOMPLETE("hazard.plan-incomplete", "治理方案未做到五落实"),
    PLAN_ONLY_FOR_MAJOR("hazard.plan-only-for-major", "治理方案只适用于重大事故隐患"),
    DEADLINE_REQUIRED("hazard.deadline-required", "整改须有期限和责任人"),
    VERIFIER_IS_RECTIFIER("hazard.verifier-is-rectifier", "验收人不能是整改人"),
    ASSESSMENT_REPORT_REQUIRED("hazard.assessment-report-required", "挂牌督办隐患验收须附评估报告"),
    SUPERVISION_ONLY_FOR_MAJOR("hazard.supervision-only-for-major", "只有重大事故隐患可以挂牌督办");

    private final String code;
    private final String message;

    RiskError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
