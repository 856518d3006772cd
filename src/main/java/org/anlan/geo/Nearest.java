package org.anlan.geo;

/** Result of {@link PolygonLocator#nearest}: inside means the point is covered (distance 0). */
public record Nearest<K>(K key, double distanceKm, boolean inside) {
}
