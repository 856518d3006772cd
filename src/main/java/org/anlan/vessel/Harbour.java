package org.anlan.vessel;

import org.anlan.geo.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/** A port or typhoon anchorage: where it is, its water area and how many boats it shelters. */
public record Harbour(String code, String name, HarbourKind kind, String townshipCode, GeoPoint point,
                      Geometry boundary, int capacity, boolean approximate) {
}
