package org.anlan.vessel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.incident.Casualties;
import org.anlan.incident.IncidentChannel;
import org.anlan.incident.IncidentSignalled;
import org.anlan.incident.NewIncident;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises vessel alarms, at most one per source reference, and asks the duty desk for an incident (渔船事故,
 * channel SYSTEM) when an alarm is serious: contact lost during a recall, a dangerous water entered.
 */
@Service
public class AlarmDesk {

    /** 渔船事故 in the incident module's type list. */
    static final String FISHING_VESSEL_INCIDENT = "12C03";
    private static final int MAX_LIST = 500;

    private final VesselAlarms alarms;
    private final VesselDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    AlarmDesk(VesselAlarms alarms, VesselDirectory directory, ApplicationEventPublisher events, AuditTrail audit,
              Clock clock) {
        this.alarms = alarms;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the alarm; true when it is new. A serious new alarm is signalled in the same transaction. */
    @Transactional
    public boolean raise(VesselAlarm alarm) {
        if (!alarms.insertIfAbsent(alarm)) {
            return false;
        }
        if (alarm.serious()) {
            String name = directory.byId(alarm.vesselId()).map(VesselDirectory.Entry::name).orElse("?");
            // placed at the boat's home township: the desk refuses points far offshore, where fishing grounds lie;
            // the position at sea travels in the description
            String where = alarm.lat() == null ? "" : String.format(" @ %.4f, %.4f", alarm.lat(), alarm.lon());
            events.publishEvent(new IncidentSignalled(new NewIncident(FISHING_VESSEL_INCIDENT, null, null,
                    alarm.townshipCode(), null, alarm.raisedAt(),
                    name + " " + alarm.kind().name() + " " + alarm.detail() + where, Casualties.none(), 0,
                    null, IncidentChannel.SYSTEM, "渔船精密智控", null, "vessel-alarm:" + alarm.sourceRef())));
        }
        return true;
    }

    @Transactional(readOnly = true)
    public List<VesselAlarm> recent(int limit) {
        Actor actor = CurrentActor.require();
        return alarms.recent(actor.townshipScoped() ? actor.townshipCode() : null, Math.min(Math.max(limit, 1), MAX_LIST));
    }

    @Transactional(readOnly = true)
    public List<VesselAlarm> ofVessel(UUID vesselId) {
        return alarms.ofVessel(vesselId);
    }

    @Transactional
    public VesselAlarm acknowledge(UUID id) {
        CurrentActor.requireRole(VesselRegistry.MANAGERS);
        VesselAlarm alarm = alarms.byId(id)
                .orElseThrow(() -> ApiException.notFound("VESSEL_ALARM_UNKNOWN", "error.vessel.alarmUnknown", id));
        CurrentActor.requireTownshipAccess(alarm.townshipCode());
        if (alarm.acknowledgedAt() != null) {
            return alarm;
        }
        alarms.acknowledge(id, Instant.now(clock), CurrentActor.require().username());
        audit.record(AuditRecord.of("VESSEL_ALARM_ACK", "VesselAlarm", id.toString()).inTownship(alarm.townshipCode())
                .changing(Map.of("acknowledged", false), Map.of("acknowledged", true)));
        return alarms.byId(id).orElseThrow();
    }
}
