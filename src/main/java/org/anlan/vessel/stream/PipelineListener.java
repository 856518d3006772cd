package org.anlan.vessel.stream;

import org.anlan.vessel.ais.AisMessage;
import org.anlan.vessel.ais.Reject;

/** Optional observer of what passes through the pipeline (e.g. the live picture); called on the pipeline thread. */
public interface PipelineListener {

    /** A fix that passed de-duplication, before its fence and collision checks. */
    default void position(Position position) {
    }

    /** A decoded AIS message that is not a position report handled by the pipeline (static data, base stations …). */
    default void aisMessage(AisMessage message) {
    }

    /** A line the AIS decoder rejected. */
    default void rejected(Reject reject) {
    }

    PipelineListener NONE = new PipelineListener() {
    };
}
