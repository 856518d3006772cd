package org.anlan.incident;

import java.time.Duration;
import java.util.UUID;

/**
 * A recent incident that may be the same event as an incoming one.
 *
 * @param timeApart the absolute time between the two occurrences
 * @param score in (0, 1]; higher when closer in space and time and of the same type
 */
public record MergeCandidate(UUID id, double distanceKm, Duration timeApart, boolean sameType, double score) {
}
