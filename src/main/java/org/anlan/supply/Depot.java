package org.anlan.supply;

import java.math.BigDecimal;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/**
 * A reserve depot (储备库/点). {@code ownerLevel} says who may allocate its stock: a county-owned depot only the
 * county, a township- or village-owned one also the officers of its township.
 */
public record Depot(UUID id, String name, ReserveLevel level, ReserveLevel ownerLevel, String townshipCode,
                    String villageName, BigDecimal areaM2, GeoPoint location, String keeper, String phone,
                    boolean synthetic) {
}
