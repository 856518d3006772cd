package org.anlan.risk;

/** States of the hidden-hazard closed loop (§2.3): 排查 → 登记 → 定级 → (治理方案) → 整改 → 验收 → 销号. */
public enum HazardState {
    DISCOVERED("已发现"),
    REGISTERED("已登记"),
    GRADED("已定级"),
    PLAN_APPROVED("治理方案已批准"),
    RECTIFYING("整改中"),
    VERIFYING("待验收"),
    CLOSED("已销号");

    private final String label;

    HazardState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
