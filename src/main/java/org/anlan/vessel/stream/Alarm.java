package org.anlan.vessel.stream;

import java.time.Instant;

/** What the pipeline raises: a fence alarm or a collision-risk alarm. */
public sealed interface Alarm permits FenceAlarm, CollisionAlarm {

    /** The vessel whose fix raised the alarm. */
    long mmsi();

    /** Time of that fix. */
    Instant at();
}
