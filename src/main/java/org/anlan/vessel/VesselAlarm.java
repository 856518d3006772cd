package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;

/**
 * An alarm about one vessel: a fence entered or left or a rule broken, contact lost, a recall not obeyed. A
 * serious alarm is also signalled to the duty desk as an incident. {@code sourceRef} identifies what raised it,
 * so that the same happening never raises two alarms.
 */
public record VesselAlarm(UUID id, String sourceRef, UUID vesselId, AlarmKind kind, UUID fenceId, Instant raisedAt,
                          Double lat, Double lon, boolean serious, String detail, String townshipCode,
                          Instant acknowledgedAt, String acknowledgedBy) {

    public enum AlarmKind {
        FENCE_ENTERED, FENCE_EXITED, FENCE_VIOLATION, LOST_CONTACT, RECALL_ESCALATION, COLLISION_RISK
    }
}
