package org.anlan.monitoring;

import org.anlan.geo.GeoPoint;

/** A monitoring station: what it measures, where it stands and the township that location falls in. */
public record Station(String id, String name, StationKind kind, GeoPoint location, String townshipCode) {
}
