package org.anlan.resource;

import java.util.UUID;

/** Which equipment to list; a null field does not filter. */
public record EquipmentFilter(String townshipCode, EquipmentKind kind, UUID teamId) {

    public static final EquipmentFilter ALL = new EquipmentFilter(null, null, null);
}
