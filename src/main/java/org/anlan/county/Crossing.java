package org.anlan.county;

import org.anlan.geo.GeoPoint;

/** The fixed link of an island township to the mainland: a bridge or a ferry, with the minutes it takes. */
public record Crossing(String islandTownshipCode, String kind, GeoPoint mainlandEnd, GeoPoint islandEnd, double minutes) {
}
