package org.anlan.vessel;

import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/** A fence as drawn or imported, before it is checked. */
public record FenceDraft(String name, String kind, Geometry area, boolean noEntry, boolean noExit, Double speedLimitKn,
                         Integer maxDwellMinutes, Set<VesselKind> appliesTo) {
}
