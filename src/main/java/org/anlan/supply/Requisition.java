package org.anlan.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A requisitioned (征用) good, place or vehicle, with its return and the compensation paid for it. */
public record Requisition(UUID id, String kind, String description, int quantity, String ownerName,
                          String ownerContact, String townshipCode, String purpose, Instant requisitionedAt,
                          Instant returnedAt, String returnCondition, List<Compensation> compensations) {

    public record Compensation(UUID id, BigDecimal amountYuan, String basis, LocalDate paidOn, String recordedBy) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public BigDecimal compensated() {
        return compensations.stream().map(Compensation::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
