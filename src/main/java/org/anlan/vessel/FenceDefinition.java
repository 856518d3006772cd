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

    public static final Set<String> KINDS = java.util.Arrays.stream(org.anlan.vessel.fence.FenceKind.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The fence engine's form of this fence, its id the stored one's. */
    public org.anlan.vessel.fence.Fence toFence() {
        var rules = new java.util.ArrayList<org.anlan.vessel.fence.FenceRule>();
        if (noEntry) {
            rules.add(org.anlan.vessel.fence.FenceRule.NO_ENTRY);
        }
        if (noExit) {
            rules.add(org.anlan.vessel.fence.FenceRule.NO_EXIT);
        }
        if (speedLimitKn != null) {
            rules.add(new org.anlan.vessel.fence.FenceRule.SpeedLimit(speedLimitKn));
        }
        if (maxDwellMinutes != null) {
            rules.add(new org.anlan.vessel.fence.FenceRule.DwellLimit(java.time.Duration.ofMinutes(maxDwellMinutes)));
        }
        return org.anlan.vessel.fence.Fence.polygon(id.toString(), name,
                org.anlan.vessel.fence.FenceKind.valueOf(kind), area, rules, appliesTo);
    }

    /** Entering a dangerous water, or breaking a no-entry rule there, is signalled to the duty desk. */
    public boolean dangerous() {
        return kind.equals("DANGEROUS");
    }
}
