package org.anlan.supply;

/** The least a depot of a level should hold of an item. */
public record MinimumStockRule(ReserveLevel level, String itemCode, long minQuantity) {
}
