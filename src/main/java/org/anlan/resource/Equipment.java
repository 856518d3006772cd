package org.anlan.resource;

import java.util.UUID;
import org.anlan.geo.GeoPoint;

/** Key rescue equipment (重点装备): held by one of the registered teams ({@code teamId}) or kept in a depot. */
public record Equipment(UUID id, String name, EquipmentKind kind, int quantity, UUID teamId, String depot,
                        String townshipCode, GeoPoint location) {
}
