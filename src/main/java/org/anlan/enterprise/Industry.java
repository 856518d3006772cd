package org.anlan.enterprise;

/** The supervision categories an enterprise is registered under (行业类别), as the county's plan groups them. */
public enum Industry {
    HAZARDOUS_CHEMICALS("危险化学品"),
    NON_COAL_MINE("非煤矿山"),
    INDUSTRY_AND_TRADE("工贸"),
    SMALL_MANUFACTURING("加工制造类小微企业"),
    THREE_PLACES_THREE_ENTERPRISES("三场所三企业"),
    SMALL_ENTERPRISE_PARK("小微企业园"),
    FIREWORKS("烟花爆竹"),
    OTHER("其他");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The industry with this Chinese label, for imports. */
    public static Industry fromLabel(String label) {
        for (Industry industry : values()) {
            if (industry.label.equals(label == null ? null : label.strip())) {
                return industry;
            }
        }
        throw new IllegalArgumentException("未知行业类别：" + label);
    }
}
