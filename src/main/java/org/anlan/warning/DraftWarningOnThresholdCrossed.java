package org.anlan.warning;

import org.anlan.monitoring.ThresholdCrossed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Monitoring found a level crossed: create or raise the draft of that hazard (decision support unless official). */
@Component
class DraftWarningOnThresholdCrossed {

    private final WarningDesk desk;

    DraftWarningOnThresholdCrossed(WarningDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(ThresholdCrossed crossing) {
        desk.onThresholdCrossed(crossing);
    }
}
