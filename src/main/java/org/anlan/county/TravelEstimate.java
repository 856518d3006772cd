package org.anlan.county;

import java.util.List;

/**
 * An estimated trip from a rescue base to a scene: road kilometres (straight line times the detour factor),
 * minutes at the speed of the area type, plus island crossings and a final sea leg for scenes at sea.
 */
public record TravelEstimate(double roadKm, double minutes, List<String> crossings, boolean seaLeg, AreaType sceneArea) {
}
