/**
 * 应急物资 — depots at county, township and village level, the item catalogue, the stock ledger (batches and
 * their movements), expiry and minimum-stock alerts, reserve targets, supply demands, requisitions and donations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "supply 应急物资",
        allowedDependencies = {"geo", "county", "platform", "audit"})
package org.anlan.supply;
