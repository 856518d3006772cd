package org.anlan.vessel.fence;

import java.time.Duration;

/** A rule a vessel must keep with respect to one fence; breaking it raises a violation alarm. */
public sealed interface FenceRule {

    /** The vessel must not enter. */
    record NoEntry() implements FenceRule {
    }

    /** The vessel must not leave (e.g. a typhoon anchorage once sheltered). */
    record NoExit() implements FenceRule {
    }

    /** Speed over ground inside the fence must stay at or below {@code knots}. */
    record SpeedLimit(double knots) implements FenceRule {
        public SpeedLimit {
            if (!(knots > 0 && knots < 103)) {
                throw new IllegalArgumentException("speed limit must be between 0 and 103 knots");
            }
        }
    }

    /** A stay inside must not last longer than {@code maximum}. */
    record DwellLimit(Duration maximum) implements FenceRule {
        public DwellLimit {
            if (maximum == null || maximum.isNegative() || maximum.isZero()) {
                throw new IllegalArgumentException("dwell limit must be positive");
            }
        }
    }

    FenceRule NO_ENTRY = new NoEntry();
    FenceRule NO_EXIT = new NoExit();
}
