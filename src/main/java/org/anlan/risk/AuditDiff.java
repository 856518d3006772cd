package org.anlan.risk;

import java.util.Map;
import java.util.Objects;

/** Keeps in an audit entry's before and after only the fields that changed. */
final class AuditDiff {

    private AuditDiff() {
    }

    static void keepDifferences(Map<String, Object> before, Map<String, Object> after) {
        before.entrySet().removeIf(e -> Objects.equals(e.getValue(), after.get(e.getKey())));
        after.keySet().retainAll(before.keySet());
    }
}
