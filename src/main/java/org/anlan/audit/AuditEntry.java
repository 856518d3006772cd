package org.anlan.audit;

import java.time.Instant;

/** One stored entry of the audit trail. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorRole, String action,
                         String entityType, String entityId, String townshipCode, String before, String after,
                         String clientAddress, String previousHash, String hash) {
}
