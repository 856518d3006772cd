package org.anlan.warning;

import java.time.Instant;
import java.util.List;

/**
 * A warning as a person writes it. Headline and instruction may be left empty: they are then filled from the
 * EW-06 headline pattern and the instruction template of the hazard and level.
 *
 * @param villages "townshipCode:村名" entries
 * @param polygon  CAP polygon text ({@code lat,lon} pairs, closed), optional
 */
public record WarningDraft(String hazard, String level, List<String> townshipCodes, List<String> villages,
                           String polygon, String headline, String description, String instruction, Instant onsetAt,
                           Instant expiresAt) {
}
