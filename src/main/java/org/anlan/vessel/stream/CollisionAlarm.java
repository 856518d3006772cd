package org.anlan.vessel.stream;

import java.time.Instant;
import org.anlan.vessel.Cpa;
import org.anlan.vessel.RiskLevel;

/**
 * A watched pair whose CPA/TCPA reached a higher tier than before ({@code mmsi} is the vessel whose fix raised
 * it). Raised again only when the pair climbs to a higher tier or after it has fallen back to NONE.
 */
public record CollisionAlarm(long mmsi, long otherMmsi, Instant at, RiskLevel level, Cpa cpa, double distanceNm)
        implements Alarm {
}
