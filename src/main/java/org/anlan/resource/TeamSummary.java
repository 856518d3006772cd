package org.anlan.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A team's particulars as the audit trail records them. */
final class TeamSummary {

    private TeamSummary() {
    }

    static Map<String, Object> of(RescueTeam t) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", t.name());
        summary.put("kind", t.kind().name());
        summary.put("townshipCode", t.townshipCode());
        summary.put("base", t.base().lat() + "," + t.base().lon());
        summary.put("headcount", t.headcount());
        summary.put("vehicles", t.vehicles());
        summary.put("capabilities", List.copyOf(t.capabilities()));
        summary.put("insured", t.insured());
        summary.put("insurer", t.insurer());
        summary.put("insuranceExpires", t.insuranceExpires() == null ? null : t.insuranceExpires().toString());
        summary.put("equipmentSummary", t.equipmentSummary());
        summary.put("leader", t.leader());
        summary.put("phone", t.phone());
        return summary;
    }

    /** Drops from both maps the entries that are equal in both. */
    static void keepDifferences(Map<String, Object> before, Map<String, Object> after) {
        for (String key : List.copyOf(before.keySet())) {
            if (Objects.equals(before.get(key), after.get(key))) {
                before.remove(key);
                after.remove(key);
            }
        }
    }
}
