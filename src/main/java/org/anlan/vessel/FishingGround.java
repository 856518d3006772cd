package org.anlan.vessel;

import org.locationtech.jts.geom.Geometry;

/** A named fishing ground (渔场), the unit recall orders are issued by. */
public record FishingGround(String code, String name, Geometry boundary, boolean approximate) {
}
