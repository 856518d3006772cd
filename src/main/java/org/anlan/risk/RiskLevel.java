package org.anlan.risk;

/**
 * Safety risk level, highest first: 重大 红, 较大 橙, 一般 黄, 低 蓝 (RG-LV-01). The canonical names are
 * stored; Roman-numeral aliases are left to display configuration (RG-LV-02).
 */
public enum RiskLevel {
    MAJOR("重大风险", RiskColour.RED),
    LARGE("较大风险", RiskColour.ORANGE),
    GENERAL("一般风险", RiskColour.YELLOW),
    LOW("低风险", RiskColour.BLUE);

    private final String label;
    private final RiskColour colour;

    RiskLevel(String label, RiskColour colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public RiskColour colour() {
        return colour;
    }

    public boolean isHigherThan(RiskLevel other) {
        return ordinal() < other.ordinal();
    }

    public static RiskLevel higherOf(RiskLevel a, RiskLevel b) {
        return a.isHigherThan(b) ? a : b;
    }
}
