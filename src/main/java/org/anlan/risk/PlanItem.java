package org.anlan.risk;

/**
 * The items a 重大事故隐患 治理方案 must contain (HZ-LAW-03); the last five are the 五落实 (HZ-LAW-04):
 * 责任、措施、资金、时限、预案.
 */
public enum PlanItem {
    OBJECTIVES("治理的目标和任务"),
    RESPONSIBILITY("责任落实：负责治理的机构和人员"),
    MEASURES("措施落实：采取的方法和措施"),
    FUNDS("资金落实：经费和物资"),
    DEADLINE("时限落实：治理的时限和要求"),
    CONTINGENCY_PLAN("预案落实：安全措施和应急预案");

    private final String label;

    PlanItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
