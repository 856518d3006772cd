package org.anlan.warning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a warning says: the hazard (its GB/T 35965.1 eventType and name; {@code hazard} is null for an imported
 * event type Anlan has no rules for), level, affected townships and villages, optional polygon (CAP text,
 * {@code lat,lon} pairs), texts and times. CAP export and import carry exactly this, so it round-trips.
 *
 * @param villages "townshipCode:村名" entries, in the order given
 * @param onsetAt  when the hazard is expected to begin
 */
public record WarningContent(Hazard hazard, String eventType, String eventName, WarningLevel level,
                             List<String> townshipCodes, List<String> villages, String polygon, String headline,
                             String description, String instruction, Instant onsetAt, Instant expiresAt) {

    public WarningContent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(level, "level");
        townshipCodes = List.copyOf(townshipCodes);
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    public static WarningContent of(Hazard hazard, WarningLevel level, List<String> townshipCodes, List<String> villages,
                                    String polygon, String headline, String description, String instruction,
                                    Instant onsetAt, Instant expiresAt) {
        return new WarningContent(hazard, hazard.eventType(), hazard.chineseName(), level, townshipCodes, villages,
                polygon, headline, description, instruction, onsetAt, expiresAt);
    }

    WarningContent withLevel(WarningLevel newLevel, String newHeadline, String newInstruction) {
        return new WarningContent(hazard, eventType, eventName, newLevel, townshipCodes, villages, polygon, newHeadline,
                description, newInstruction, onsetAt, expiresAt);
    }

    WarningContent withArea(List<String> codes, List<String> villageEntries) {
        return new WarningContent(hazard, eventType, eventName, level, codes, villageEntries, polygon, headline,
                description, instruction, onsetAt, expiresAt);
    }

    WarningContent withDescription(String text) {
        return new WarningContent(hazard, eventType, eventName, level, townshipCodes, villages, polygon, headline, text,
                instruction, onsetAt, expiresAt);
    }
}
