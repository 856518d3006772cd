package org.anlan.risk;

/** The two legal hidden-hazard levels (HZ-DEF-01, HZ-DEF-02). */
public enum HazardGrade {
    GENERAL("一般事故隐患"),
    MAJOR("重大事故隐患");

    private final String label;

    HazardGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
