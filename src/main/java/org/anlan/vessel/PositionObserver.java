package org.anlan.vessel;

import java.util.List;

/** Told about every batch of fixes the live picture has stored (the recall tracker, the fence alarms). */
interface PositionObserver {

    void observed(List<LocatedFix> fixes);
}
