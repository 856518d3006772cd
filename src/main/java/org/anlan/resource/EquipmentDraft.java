package org.anlan.resource;

import java.util.UUID;

/**
 * Equipment to register: exactly one holder, a team or a depot. A team's equipment lies in the team's township
 * at its base unless a location is given; a depot's needs its township and lies at the seat unless located.
 */
public record EquipmentDraft(String name, EquipmentKind kind, Integer quantity, UUID teamId, String depot,
                             String townshipCode, Double lat, Double lon) {
}
