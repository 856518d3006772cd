package org.anlan.incident;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link SeverityGrader#grade}.
 *
 * @param reasons Chinese sentences, one per criterion that set the level, e.g. "死亡3人（3–9人）→ 较大"; for a
 *     forest fire whose area is not yet known and whose level another criterion set, also a note that the
 *     level may rise once the area is known
 */
public record Grading(Severity severity, GradingRule rule, List<String> reasons) {

    public Grading {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a grading needs at least one reason");
        }
    }
}
