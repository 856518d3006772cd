package org.anlan.duty;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the duty log (值班日志), never changed once written. {@code incidentId} names an incident of the
 * incident module, {@code shiftId} the shift on duty when it was written (null outside any shift).
 */
public record DutyLogEntry(UUID id, Instant at, String author, DutyLogKind kind, String callerName, String callerPhone,
                           String summary, String incidentId, UUID shiftId) {
}
