package org.anlan.risk;

import java.math.BigDecimal;

/**
 * LEC danger bands of D with their risk level (RG-LEC-02): lower bounds inclusive, so D ≥ 320 重大,
 * 160 ≤ D < 320 较大, 70 ≤ D < 160 一般, D < 70 低; below 20 is still 低, only the wording differs.
 */
public enum LecDanger {
    EXTREME("极其危险，不能继续作业", new BigDecimal("320"), RiskLevel.MAJOR),
    HIGH("高度危险，要立即整改", new BigDecimal("160"), RiskLevel.LARGE),
    SIGNIFICANT("显著危险，需要整改", new BigDecimal("70"), RiskLevel.GENERAL),
    POSSIBLE("一般危险，需要注意", new BigDecimal("20"), RiskLevel.LOW),
    SLIGHT("稍有危险，可以接受", BigDecimal.ZERO, RiskLevel.LOW);

    private final String label;
    private final BigDecimal lowerBound;
    private final RiskLevel level;

    LecDanger(String label, BigDecimal lowerBound, RiskLevel level) {
        this.label = label;
        this.lowerBound = lowerBound;
        this.level = level;
    }

    public static LecDanger of(BigDecimal d) {
        for (LecDanger danger : values()) {
            if (d.compareTo(danger.lowerBound) >= 0) {
                return danger;
            }
        }
        return SLIGHT;
    }

    public String label() {
        return label;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public RiskLevel level() {
        return level;
    }
}
