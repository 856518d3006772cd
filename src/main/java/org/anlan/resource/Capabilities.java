package org.anlan.resource;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anlan.platform.error.ApiException;

/** The capability words teams are described with; incident types name the ones they need from the same list. */
public final class Capabilities {

    public static final Set<String> VOCABULARY = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "FIRE_SUPPRESSION", "FOREST_FIRE", "WATER_RESCUE", "SEA_RESCUE", "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE",
            "HAZMAT", "TRAFFIC_RESCUE", "FLOOD_RESCUE", "MEDICAL", "POWER_REPAIR", "EVACUATION", "GENERAL_RESCUE")));

    private Capabilities() {
    }

    /** Refuses any word outside the vocabulary, naming the unknown ones and the list to choose from. */
    public static void requireKnown(Collection<String> capabilities) {
        Set<String> unknown = new TreeSet<>();
        for (String capability : capabilities) {
            if (!VOCABULARY.contains(capability)) {
                unknown.add(String.valueOf(capability));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("TEAM_CAPABILITY_UNKNOWN", "error.team.capability",
                    String.join(", ", unknown), String.join(", ", VOCABULARY));
        }
    }
}
