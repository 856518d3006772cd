package org.anlan.typhoon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Tropical cyclone grades of GB/T 19201-2006 (domain-rules §4.5) by the maximum mean wind near the centre. */
public enum CycloneGrade {
    TD("热带低压", "10.8"), TS("热带风暴", "17.2"), STS("强热带风暴", "24.5"), TY("台风", "32.7"), STY("强台风", "41.5"),
    SUPER_TY("超强台风", "51.0");

    private final String chinese;
    private final BigDecimal lowerBound;

    CycloneGrade(String chinese, String lowerBound) {
        this.chinese = chinese;
        this.lowerBound = new BigDecimal(lowerBound);
    }

    public String chinese() {
        return chinese;
    }

    /** The grade of a maximum wind (rounded half-up to 0.1 m/s); empty below 10.8 m/s. */
    public static Optional<CycloneGrade> of(BigDecimal maxWindMs) {
        BigDecimal rounded = maxWindMs.setScale(1, RoundingMode.HALF_UP);
        CycloneGrade grade = null;
        for (CycloneGrade candidate : values()) {
            if (rounded.compareTo(candidate.lowerBound) >= 0) {
                grade = candidate;
            }
        }
        return Optional.ofNullable(grade);
    }

    public static Optional<CycloneGrade> of(double maxWindMs) {
        return of(BigDecimal.valueOf(maxWindMs));
    }
}
