package org.anlan.risk;

/** 督办级别 of a 挂牌督办 item (HZ-WF-04). */
public enum SupervisionLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String label;

    SupervisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
