package org.anlan.incident;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Incident ids in the UUID version 7 layout (RFC 9562): the millisecond the county learned of the incident, then
 * 74 random bits. New ids sort after older ones, so the primary key and the audit trail's entity index grow at
 * their right edge instead of touching a random page of an ever larger index with every report. An id is a
 * name, not a secret (reading an incident needs a signed-in user), so the random bits need no SecureRandom,
 * whose lock every request thread would otherwise queue on.
 */
final class IncidentIds {

    private IncidentIds() {
    }

    static UUID next(Instant learnedAt) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (learnedAt.toEpochMilli() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
