package org.anlan.supply.transport;

import org.anlan.geo.GeoPoint;

/** Minutes from a depot to a destination, or {@code NaN} where there is no route. */
@FunctionalInterface
public interface TravelTimeSource {

    double minutes(GeoPoint from, GeoPoint to);
}
