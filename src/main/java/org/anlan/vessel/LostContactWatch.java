package org.anlan.vessel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 失联: a vessel at sea silent for longer than {@code anlan.vessel.lost-contact-after} is marked lost and an
 * alarm is raised, a serious one (an incident) while the vessel is under a recall order. The next fix clears
 * the mark. Vessels in a port or anchorage may switch their terminals off and are not watched.
 */
@Component
class LostContactWatch {

    private final Positions positions;
    private final VesselDirectory directory;
    private final RecallDesk recalls;
    private final AlarmDesk alarms;
    private final Clock clock;
    private final Duration silence;

    LostContactWatch(Positions positions, VesselDirectory directory, RecallDesk recalls, AlarmDesk alarms, Clock clock,
                     @Value("${anlan.vessel.lost-contact-after:PT30M}") Duration silence) {
        this.positions = positions;
        this.directory = directory;
        this.recalls = recalls;
        this.alarms = alarms;
        this.clock = clock;
        this.silence = silence;
    }

    @Scheduled(fixedDelayString = "${anlan.vessel.lost-contact-check:PT1M}")
    @Transactional
    public int check() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int raised = 0;
        for (LivePosition lost : positions.markLostContact(now.minus(silence), now)) {
            var vessel = directory.byId(lost.vesselId());
            if (vessel.isEmpty()) {
                continue;
            }
            long minutes = Duration.between(lost.fixedAt(), now).toMinutes();
            boolean serious = recalls.inActiveRecall(lost.vesselId());
            alarms.raise(new VesselAlarm(UUID.randomUUID(),
                    "lost-contact:" + lost.vesselId() + ":" + lost.fixedAt().toEpochMilli(), lost.vesselId(),
                    VesselAlarm.AlarmKind.LOST_CONTACT, null, now, lost.lat(), lost.lon(), serious,
                    String.valueOf(minutes), vessel.get().townshipCode(), null, null));
            raised++;
        }
        return raised;
    }
}
