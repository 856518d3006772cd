package org.anlan.risk;

/** Who found a hidden hazard; only a public tip-off may be anonymous. */
public enum HazardOrigin {
    SELF_CHECK("企业自查"),
    GRID_MEMBER("网格员巡查"),
    INSPECTOR("执法检查"),
    PUBLIC_TIP_OFF("群众举报");

    private final String label;

    HazardOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
