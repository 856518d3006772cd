package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.anlan.geo.GeoPoint;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Batches written straight to the intake writer, so that one batch holds stored, repeated and new keys at once. */
@AnlanIntegrationTest
class IntakeWriterIT {

    @Autowired
    IntakeWriter writer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    IntakeWriter.Submission submission(String key, String content) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var incident = new Incident(IncidentIds.next(now), IncidentFixtures.type("11F01"), IncidentChannel.PUBLIC,
                now, now, new GeoPoint(29.2, 121.9), "330225101", false, null, Casualties.none(), 0, null,
                "山火 " + content, Severity.IV, Severity.IV, List.of(), null, IncidentStatus.REPORTED, null, null, null,
                "public", null, null, now);
        return new IntakeWriter.Submission(incident, key, key == null ? null : org.anlan.platform.crypto.Sha256.hex(content), "public",
                "ANONYMOUS", "203.0.113.7", new CompletableFuture<>());
    }

    IntakeWriter.IntakeResult outcome(IntakeWriter.Submission s) {
        return s.result().getNow(null);
    }

    long incidentsWithKey(String key) {
        return jdbc.sql("SELECT count(*) FROM incident WHERE idempotency_key = :k").param("k", key).query(Long.class).single();
    }

    /** Enough clean batches for the writer to insert without looking keys up again. */
    void writeCleanBatchesUntilBold() {
        for (int i = 0; i <= IntakeWriter.CAUTIOUS_BATCHES && writer.cautious(); i++) {
            writer.write(List.of(submission("clean-" + UUID.randomUUID(), "clean")));
        }
        assertThat(writer.cautious()).isFalse();
    }

    @Test
    void aBatchMeetingStoredKeysAnswersEveryReportAndStoresEachKeyOnce() {
        String stored = "stored-" + UUID.randomUUID();
        var first = submission(stored, "A");
        writer.write(List.of(first));
        UUID storedId = outcome(first).incidentId();
        writeCleanBatchesUntilBold();

        String fresh = "fresh-" + UUID.randomUUID();
        var replay = submission(stored, "A");
        var reused = submission(stored, "B");
        var newReport = submission(fresh, "C");
        var repeatInBatch = submission(fresh, "C");
        var keyless = submission(null, "D");
        writer.write(new ArrayList<>(List.of(newReport, replay, reused, repeatInBatch, keyless)));

        assertThat(outcome(replay)).isEqualTo(new IntakeWriter.IntakeResult(storedId, false, false));
        assertThat(outcome(reused)).isEqualTo(new IntakeWriter.IntakeResult(storedId, false, true));
        assertThat(outcome(newReport).created()).isTrue();
        assertThat(outcome(repeatInBatch)).isEqualTo(new IntakeWriter.IntakeResult(outcome(newReport).incidentId(), false, false));
        assertThat(outcome(keyless).created()).isTrue();
        assertThat(incidentsWithKey(stored)).isEqualTo(1);
        assertThat(incidentsWithKey(fresh)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id IN (:ids) AND action = 'INCIDENT_REPORT'")
                .param("ids", List.of(outcome(newReport).incidentId().toString(), outcome(keyless).incidentId().toString()))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(writer.cautious()).as("a stored key was met: the next batches look their keys up first").isTrue();
    }

    @Test
    void afterCleanBatchesTheWriterInsertsWithoutLookingUpAndStillRefusesAStoredKey() {
        String stored = "again-" + UUID.randomUUID();
        var first = submission(stored, "A");
        writer.write(List.of(first));
        writeCleanBatchesUntilBold();

        var replay = submission(stored, "A");
        writer.write(List.of(replay));

        assertThat(outcome(replay)).isEqualTo(new IntakeWriter.IntakeResult(outcome(first).incidentId(), false, false));
        assertThat(incidentsWithKey(stored)).isEqualTo(1);
    }
}
