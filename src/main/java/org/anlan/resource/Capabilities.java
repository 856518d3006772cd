package org.anlan.resource;

import java.util.Set;

/** The capability words teams are described with; incident types name the ones they need from the same list. */
public final class Capabilities {

    public static final Set<String> VOCABULARY = Set.of("FIRE_SUPPRESSION", "FOREST_FIRE", "WATER_RESCUE", "SEA_RESCUE",
            "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE", "HAZMAT", "TRAFFIC_RESCUE", "FLOOD_RESCUE", "MEDICAL", "POWER_REPAIR",
            "EVACUATION", "GENERAL_RESCUE");

    private Capabilities() {
    }
}
