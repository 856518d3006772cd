package org.anlan.audit;

import java.util.Map;
import java.util.Objects;

/**
 * What changed: an action on an entity, with short summaries of its state before and after
 * (null when the entity did not exist before, or no longer exists after).
 */
public record AuditRecord(String action, String entityType, String entityId, String townshipCode,
                          Map<String, ?> before, Map<String, ?> after) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }

    public static AuditRecord of(String action, String entityType, String entityId) {
        return new AuditRecord(action, entityType, entityId, null, null, null);
    }

    public AuditRecord inTownship(String code) {
        return new AuditRecord(action, entityType, entityId, code, before, after);
    }

    public AuditRecord changing(Map<String, ?> stateBefore, Map<String, ?> stateAfter) {
        return new AuditRecord(action, entityType, entityId, townshipCode, stateBefore, stateAfter);
    }
}
