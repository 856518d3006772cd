package org.anlan.dispatch;

import java.util.List;
import java.util.UUID;

/**
 * A team proposed for an incident. {@code circle} is the rescue circle covering the scene; {@code meets135}
 * and {@code meets15min} say whether the team, turning out in one minute, arrives within 5 or 15 minutes.
 */
public record Recommendation(UUID teamId, String teamName, String teamKind, double travelMinutes, double roadKm,
                             String circle, String teamCircle, boolean meets135, boolean meets15min,
                             boolean capabilityMatch, List<String> matchedCapabilities, List<String> crossings,
                             String applicableRule) {
}
