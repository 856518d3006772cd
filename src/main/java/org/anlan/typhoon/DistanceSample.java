package org.anlan.typhoon;

import java.time.Instant;

/** Distance from a place to the cyclone's centre at one time, with the highest wind level reaching the place (0: none). */
public record DistanceSample(Instant at, double km, int windLevel) {
}
