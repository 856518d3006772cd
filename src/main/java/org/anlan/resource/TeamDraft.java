package org.anlan.resource;

import java.time.LocalDate;
import java.util.Set;

/**
 * A team as someone wants it registered or changed; {@link ResourcePolicy} decides whether it may be saved.
 * Without {@code lat}/{@code lon} the team is based at its township's seat.
 */
public record TeamDraft(String name, TeamKind kind, String townshipCode, Double lat, Double lon, Integer headcount,
                        Integer vehicles, Set<String> capabilities, boolean insured, String insurer,
                        LocalDate insuranceExpires, String equipmentSummary, String leader, String phone) {
}
