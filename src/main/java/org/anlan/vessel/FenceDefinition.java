package org.anlan.vessel;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * A stored fence: its area (a drawn or imported polygon, or a drawn circle's polygon), what it marks and its
 * rules. The position pipeline indexes the active ones ({@link FenceBook#activeFences()}).
 */
public record FenceDefinition(UUID id, String name, String kind, Geometry area, boolean noEntry, boolean noExit,
                              Double speedLimitKn, Integer maxDwellMinutes, Set<VesselKind> appliesTo, boolean active,
                              boolean synthetic, Instant createdAt, Instant updatedAt) {

    public static final Set<String> KINDS = Set.of("RESTRICTED", "DANGEROUS", "CHANNEL", "TYPHOON");

    /** Entering a dangerous water, or breaking a no-entry rule there, is signalled to the duty desk. */
    public boolean dangerous() {
        return kind.equals("DANGEROUS");
    }
}
