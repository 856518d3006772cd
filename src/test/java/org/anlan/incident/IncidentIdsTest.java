package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentIdsTest {

    private static final Instant LEARNED = Instant.parse("2026-07-15T03:20:00.123Z");

    @Test
    void anIdIsAVersion7UuidCarryingTheMillisecondOfLearning() {
        UUID id = IncidentIds.next(LEARNED);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(LEARNED.toEpochMilli());
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsTextToo() {
        UUID earlier = IncidentIds.next(LEARNED);
        UUID later = IncidentIds.next(LEARNED.plusMillis(1));
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(IncidentIds.next(LEARNED));
        }
        assertThat(ids).hasSize(100_000);
    }
}
