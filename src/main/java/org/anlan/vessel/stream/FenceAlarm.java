package org.anlan.vessel.stream;

import java.time.Instant;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceRule;

/**
 * A confirmed (de-bounced) crossing of a fence the vessel's kind is subject to, or a rule broken inside it.
 * Each transition raises exactly one alarm: ENTER/EXIT, or VIOLATION with {@code rule} NO_ENTRY/NO_EXIT when the
 * transition itself breaks a rule. SPEED_LIMIT and DWELL_TIME violations are raised once per stay (a speed
 * violation again after the speed has come back within the limit). {@code rule} is null for ENTER and EXIT.
 */
public record FenceAlarm(Type type, long mmsi, Instant at, double lat, double lon, Fence fence, FenceRule rule)
        implements Alarm {

    public enum Type { ENTER, EXIT, VIOLATION }
}
