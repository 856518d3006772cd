package org.anlan.risk;

/** Who is told about an overdue hazard, one administrative level per step (HZ-WF-03). */
public enum EscalationTier {
    ENTERPRISE("企业"),
    TOWNSHIP("乡镇（街道）"),
    COUNTY_DEPARTMENT("县级行业部门"),
    COUNTY_SAFETY_COMMITTEE("县安委办");

    private final String label;

    EscalationTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
