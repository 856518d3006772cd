package org.anlan.county;

/**
 * The township a point belongs to: the containing one on land ({@code inside}, distance 0), or the nearest
 * one with its distance for a point at sea. {@code approximate} when boundaries are not yet imported.
 */
public record TownshipLocation(String code, String name, boolean inside, double distanceKm, boolean approximate) {
}
