package org.anlan.shelter;

import org.anlan.warning.WarningIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A warning was issued: plan the evacuation of its affected villages and open the shelters the plan uses. */
@Component
class PlanEvacuationOnWarning {

    private final Evacuations evacuations;

    PlanEvacuationOnWarning(Evacuations evacuations) {
        this.evacuations = evacuations;
    }

    @ApplicationModuleListener
    void on(WarningIssued warning) {
        evacuations.planFor(warning);
    }
}
