package org.anlan.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The read models of the supply overview: stock per depot, alerts, shortfalls and reserve targets. */
public final class SupplyReports {

    private SupplyReports() {
    }

    public enum ExpiryState { EXPIRED, ROTATE }

    /** A batch expired or due for rotation (轮换) within the configured window. */
    public record ExpiryAlert(UUID batchId, UUID depotId, String depotName, String itemCode, String itemName,
                              String batchNo, long balance, LocalDate expiresOn, long daysLeft, ExpiryState state) {
    }

    /** An item a depot holds less of than the minimum rule of its level. */
    public record Shortfall(UUID depotId, String depotName, ReserveLevel level, String townshipCode, String itemCode,
                            String itemName, long minimum, long held, long missing) {
    }

    /** The plan's reserve area for the county, a disaster-prone township or a village depot, against what stands. */
    public record ReserveTarget(ReserveLevel level, String scope, String townshipCode, BigDecimal targetM2,
                                BigDecimal actualM2, boolean met) {
    }
}
