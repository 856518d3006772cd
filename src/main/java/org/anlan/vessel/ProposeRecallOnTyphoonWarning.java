package org.anlan.vessel;

import org.anlan.warning.WarningIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A typhoon warning went out: propose the recall its stored track calls for, for an authorised user to approve. */
@Component
class ProposeRecallOnTyphoonWarning {

    private final RecallProposalDesk proposals;

    ProposeRecallOnTyphoonWarning(RecallProposalDesk proposals) {
        this.proposals = proposals;
    }

    @ApplicationModuleListener
    void on(WarningIssued warning) {
        proposals.proposeFor(warning);
    }
}
