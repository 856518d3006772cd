package org.anlan.dispatch;

import java.util.UUID;

/** Something on the live board changed: a dispatch order was issued or moved on. */
public record BoardChanged(UUID incidentId, UUID orderId, OrderStatus status) {
}
