/**
 * 物资调运方案 — transport plans: which depot sends how much of which item to which demand, respecting stock,
 * owner-level permissions and travel times; minimises the total time (or the latest arrival first) and reports
 * deadlines and unmet demand. Pure calculation: confirming a plan into dispatch orders and ledger movements is
 * the supply module's business.
 */
@org.springframework.modulith.NamedInterface("transport")
package org.anlan.supply.transport;
