package org.anlan.supply;

import java.math.BigDecimal;

/** The particulars of a depot to register; checked by {@link SupplyPolicy}. */
public record DepotDraft(String name, String level, String ownerLevel, String townshipCode, String villageName,
                         BigDecimal areaM2, Double lat, Double lon, String keeper, String phone) {
}
