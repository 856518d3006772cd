package org.anlan.incident;

import org.anlan.audit.AuditTrail;
import org.anlan.platform.crypto.Sha256;
import org.anlan.platform.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Intake from other modules: a warning, a vessel alarm or a sensor signals an incident by event. The event is
 * delivered durably (Spring Modulith's publication registry re-delivers it after a crash) and the source
 * reference is the idempotency key, so a re-delivery never creates a second incident.
 */
@Component
class SignalledIncidents {

    private static final Logger log = LoggerFactory.getLogger(SignalledIncidents.class);
    private final IncidentDesk desk;

    SignalledIncidents(IncidentDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(IncidentSignalled signal) {
        NewIncident report = signal.report();
        if (report == null || report.sourceRef() == null || report.sourceRef().isBlank()) {
            log.warn("Ignoring an incident signal without a source reference: {}", signal);
            return;
        }
        NewIncident asSystem = report.channel() == IncidentChannel.SYSTEM ? report : new NewIncident(report.typeCode(),
                report.lat(), report.lon(), report.townshipCode(), report.address(), report.occurredAt(),
                report.description(), report.casualties(), report.directLossYuan(), report.burnedHectares(),
                IncidentChannel.SYSTEM, report.reporterName(), report.reporterPhone(), report.sourceRef());
        try {
            desk.report(asSystem, idempotencyKey(report.sourceRef()), AuditTrail.SYSTEM_ACTOR, "SYSTEM", "local");
        } catch (ApiException refused) {
            // Retrying cannot make an unknown type or a point in another county valid: log it and let the event go.
            log.warn("Incident signal {} refused: {} ({})", report.sourceRef(), refused.code(), refused.messageKey());
        }
    }

    static String idempotencyKey(String sourceRef) {
        return "signal:" + Sha256.hex(sourceRef);
    }
}
