package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AnlanIntegrationTest
class SignalledIncidentsIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    NewIncident vesselAlarm(String sourceRef, double lat, double lon) {
        return new NewIncident("12A01", lat, lon, null, null,
                Instant.now(clock).minusSeconds(60), "渔船在危险水域失联", Casualties.none(), 0, null,
                IncidentChannel.SYSTEM, null, null, sourceRef);
    }

    long incidentsFrom(String sourceRef) {
        return jdbc.sql("SELECT count(*) FROM incident WHERE source_ref = :ref").param("ref", sourceRef)
                .query(Long.class).single();
    }

    @Test
    void aSignalFromAnotherModuleBecomesOneIncidentEvenWhenDeliveredTwice() {
        String ref = "vessel-alarm:" + System.nanoTime();
        transaction.executeWithoutResult(status -> events.publishEvent(new IncidentSignalled(vesselAlarm(ref, 29.18, 122.02))));
        transaction.executeWithoutResult(status -> events.publishEvent(new IncidentSignalled(vesselAlarm(ref, 29.18, 122.02))));

        await().atMost(Duration.ofSeconds(20)).until(() -> incidentsFrom(ref), count -> count >= 1);
        await().atMost(Duration.ofSeconds(20)).until(this::openPublications, count -> count == 0);
        assertThat(incidentsFrom(ref)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT channel FROM incident WHERE source_ref = :ref").param("ref", ref)
                .query(String.class).single()).isEqualTo("SYSTEM");
    }

    @Test
    void aSignalThatCanNeverBeValidIsDroppedWithoutBlockingOthers() {
        String outside = "sensor:" + System.nanoTime();
        String valid = "sensor:" + (System.nanoTime() + 1);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new IncidentSignalled(vesselAlarm(outside, 39.9, 116.4)));
            events.publishEvent(new IncidentSignalled(vesselAlarm(valid, 29.20, 121.95)));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> incidentsFrom(valid), count -> count == 1);
        await().atMost(Duration.ofSeconds(20)).until(this::openPublications, count -> count == 0);
        assertThat(incidentsFrom(outside)).isZero();
    }

    long openPublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND event_type LIKE '%IncidentSignalled'").query(Long.class).single();
    }
}
