package org.anlan.incident;

import java.util.Set;

/** The closed vocabulary of rescue capabilities an incident type may require. */
final class Capabilities {

    static final Set<String> VOCABULARY = Set.of(
            "FIRE_SUPPRESSION", "FOREST_FIRE", "WATER_RESCUE", "SEA_RESCUE", "MOUNTAIN_RESCUE",
            "COLLAPSE_RESCUE", "HAZMAT", "TRAFFIC_RESCUE", "FLOOD_RESCUE", "MEDICAL", "POWER_REPAIR",
            "EVACUATION", "GENERAL_RESCUE");

    private Capabilities() {
    }
}
