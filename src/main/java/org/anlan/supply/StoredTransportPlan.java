package org.anlan.supply;

import java.time.Instant;
import java.util.UUID;
import org.anlan.supply.transport.TransportPlan;

/**
 * A transport plan as proposed (and later confirmed): the solver's answer with demand and depot ids as UUID
 * strings. Confirming turns every shipment into a dispatch against its demand, moving the ledger.
 */
public record StoredTransportPlan(UUID id, String townshipCode, String status, Instant createdAt, String createdBy,
                                  Instant confirmedAt, TransportPlan plan) {
}
