package org.anlan.typhoon;

import org.anlan.geo.GeoPoint;

/** A place whose exposure is measured: a township seat, or the county centre. */
public record TownshipSeat(String code, String name, GeoPoint seat) {
}
