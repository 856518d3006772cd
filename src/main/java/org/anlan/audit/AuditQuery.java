package org.anlan.audit;

import java.time.Instant;

/** Filters for browsing the trail; null means "any". */
public record AuditQuery(Instant from, Instant to, String actor, String entityType, String action,
                         String townshipCode, int limit, int offset) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        offset = Math.max(offset, 0);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit, 0);
    }
}
