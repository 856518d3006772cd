package org.anlan.incident;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One grading criterion: the inclusive lower bounds (「以上」) of III, II and I, the Chinese label of each band,
 * and how a value is written. A value below the III bound is IV.
 */
record Criterion(String name, BigDecimal thirdFrom, BigDecimal secondFrom, BigDecimal firstFrom,
        List<String> bandLabels, Function<BigDecimal, String> format) {

    /**
     * What one criterion says about one value. The reason is written only when asked for: a grading keeps the
     * reasons of the criteria that set the level, and intake grades every report.
     */
    record Assessment(Severity severity, Supplier<String> explanation) {

        String reason() {
            return explanation.get();
        }
    }

    /** A person-count criterion: bands labelled like "不满3人", "3–9人", "10–29人", "30人以上". */
    static Criterion persons(String name, int third, int second, int first) {
        return new Criterion(name, BigDecimal.valueOf(third), BigDecimal.valueOf(second), BigDecimal.valueOf(first),
                List.of(first + "人以上", second + "–" + (first - 1) + "人", third + "–" + (second - 1) + "人",
                        "不满" + third + "人"),
                value -> value.toPlainString() + "人");
    }

    Assessment assess(BigDecimal value) {
        Severity severity = value.compareTo(firstFrom) >= 0 ? Severity.I
                : value.compareTo(secondFrom) >= 0 ? Severity.II
                : value.compareTo(thirdFrom) >= 0 ? Severity.III
                : Severity.IV;
        return new Assessment(severity, () -> reason(format.apply(value), severity, ""));
    }

    Assessment assess(long value) {
        return assess(BigDecimal.valueOf(value));
    }

    /** "死亡3人（3–9人）→ 较大"; a non-empty note goes inside the brackets after the band. */
    String reason(String writtenValue, Severity severity, String note) {
        return name + writtenValue + "（" + bandLabels.get(severity.ordinal()) + note + "）→ " + severity.chinese();
    }
}
