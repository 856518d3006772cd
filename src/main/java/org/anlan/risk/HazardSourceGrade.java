package org.anlan.risk;

import java.math.BigDecimal;

/** MH-10: major hazard source grade by R; 一级 (R ≥ 100) is the highest, 四级 is R < 10. */
public enum HazardSourceGrade {
    FIRST(1, "一级", new BigDecimal("100")),
    SECOND(2, "二级", new BigDecimal("50")),
    THIRD(3, "三级", new BigDecimal("10")),
    FOURTH(4, "四级", BigDecimal.ZERO);

    private final int number;
    private final String label;
    private final BigDecimal lowerBound;

    HazardSourceGrade(int number, String label, BigDecimal lowerBound) {
        this.number = number;
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public static HazardSourceGrade of(BigDecimal r) {
        for (HazardSourceGrade grade : values()) {
            if (r.compareTo(grade.lowerBound) >= 0) {
                return grade;
            }
        }
        return FOURTH;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}
