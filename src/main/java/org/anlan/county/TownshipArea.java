package org.anlan.county;

import org.locationtech.jts.geom.Geometry;

/** The area drawn for a township: its imported boundary, or its approximate cell. */
public record TownshipArea(Township township, Geometry area, boolean approximate) {
}
