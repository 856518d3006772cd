package org.anlan.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A warning signal issued by the meteorological office (气象台), imported and shown as official (MW-01). */
public record OfficialSignal(UUID id, String sourceRef, Hazard hazard, Level level, List<String> townshipCodes,
                             String issuer, Instant issuedAt, Instant expiresAt, Instant importedAt, String importedBy) {

    public boolean activeAt(Instant at) {
        return !issuedAt.isAfter(at) && (expiresAt == null || expiresAt.isAfter(at));
    }
}
