package org.anlan.incident;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the incident type catalogue ({@link IncidentTypes}).
 *
 * @param requiredCapabilities rescue capabilities the type calls for, each one of FIRE_SUPPRESSION,
 *     FOREST_FIRE, WATER_RESCUE, SEA_RESCUE, MOUNTAIN_RESCUE, COLLAPSE_RESCUE, HAZMAT, TRAFFIC_RESCUE,
 *     FLOOD_RESCUE, MEDICAL, POWER_REPAIR, EVACUATION, GENERAL_RESCUE
 */
public record IncidentType(String code, String name, String nameEn, IncidentCategory category,
        GradingRule gradingRule, Set<String> requiredCapabilities) {

    public IncidentType {
        requireText(code, "code");
        requireText(name, "name");
        requireText(nameEn, "nameEn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gradingRule, "gradingRule");
        requiredCapabilities = Set.copyOf(Objects.requireNonNull(requiredCapabilities, "requiredCapabilities"));
        for (String capability : requiredCapabilities) {
            if (!Capabilities.VOCABULARY.contains(capability)) {
                throw new IllegalArgumentException("unknown capability " + capability + " for type " + code);
            }
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
