package org.anlan.vessel.stream;

import java.util.EnumSet;
import java.util.Set;
import org.anlan.vessel.VesselKind;

/** Which pairs of vessel kinds the collision watch compares (symmetric). */
@FunctionalInterface
public interface CollisionPairPolicy {

    boolean watched(VesselKind a, VesselKind b);

    /** Merchant–fishing pairs only (issue 5). */
    CollisionPairPolicy MERCHANT_FISHING = (a, b) ->
            a == VesselKind.MERCHANT && b == VesselKind.FISHING || a == VesselKind.FISHING && b == VesselKind.MERCHANT;

    /** Merchant–fishing plus every pair of the given kinds with each other (e.g. FISHING alone: fishing–fishing). */
    static CollisionPairPolicy merchantFishingAnd(Set<VesselKind> amongThemselves) {
        Set<VesselKind> kinds = amongThemselves.isEmpty() ? Set.of() : EnumSet.copyOf(amongThemselves);
        return (a, b) -> MERCHANT_FISHING.watched(a, b) || a == b && kinds.contains(a);
    }
}
