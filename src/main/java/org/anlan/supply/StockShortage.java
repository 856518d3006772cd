package org.anlan.supply;

import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;

/** Refusals of the ledger: what was asked for is more than the depot or batch holds. */
final class StockShortage {

    private StockShortage() {
    }

    static ApiException of(String depot, String item, long asked, long available) {
        return new ApiException(HttpStatus.CONFLICT, "STOCK_INSUFFICIENT", "error.supply.insufficient", depot, item,
                asked, available);
    }
}
