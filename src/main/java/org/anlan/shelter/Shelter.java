package org.anlan.shelter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/**
 * A shelter (避灾安置场所). {@code capacity} is derived: usable area divided by the per-person standard of its
 * level (configuration, ZJ-SH-04), rounded down.
 */
public record Shelter(UUID id, String name, ShelterLevel level, ShelterKind kind, String townshipCode,
                      String villageName, String address, BigDecimal usableAreaM2, int capacity, List<String> facilities,
                      boolean accessible, String contact, String phone, GeoPoint location, boolean open,
                      boolean provincialStandard, boolean synthetic, Instant openedAt) {
}
