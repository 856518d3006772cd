package org.anlan.vessel;

import java.util.OptionalDouble;

/**
 * Closest point of approach: distance in nautical miles and time in minutes (negative when it lies in the past).
 * TCPA is empty when both vessels move with the same velocity; the distance then stays the current one.
 */
public record Cpa(double cpaNm, OptionalDouble tcpaMin) {
}
