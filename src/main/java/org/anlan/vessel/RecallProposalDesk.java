package org.anlan.vessel;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.typhoon.TrackSummary;
import org.anlan.typhoon.TyphoonTracks;
import org.anlan.warning.WarningIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recall proposals from typhoon warnings: when a typhoon warning goes out (any colour, each version), the recall
 * the stored track covering the present would order — default level 6, 24 h — is worked out and kept as a
 * proposal; an authorised user approves it (the recall is then issued with the positions of that moment) or
 * dismisses it. No track covering the present, no circle of that level within the horizon, or no boat at sea it
 * reaches: no proposal.
 */
@Service
public class RecallProposalDesk {

    private static final Logger log = LoggerFactory.getLogger(RecallProposalDesk.class);
    static final String TYPHOON = "TYPHOON";

    private final RecallProposals proposals;
    private final TyphoonRecalls typhoonRecalls;
    private final TyphoonTracks typhoons;
    private final RecallDesk desk;
    private final AuditTrail audit;

    RecallProposalDesk(RecallProposals proposals, TyphoonRecalls typhoonRecalls, TyphoonTracks typhoons, RecallDesk desk,
                       AuditTrail audit) {
        this.proposals = proposals;
        this.typhoonRecalls = typhoonRecalls;
        this.typhoons = typhoons;
        this.desk = desk;
        this.audit = audit;
    }

    @Transactional
    public Optional<RecallProposal> proposeFor(WarningIssued warning) {
        if (!TYPHOON.equals(warning.hazard()) || proposals.exists(warning.warningId(), warning.version())) {
            return Optional.empty();
        }
        Instant now = desk.now();
        int level = TyphoonRecalls.DEFAULT_LEVEL;
        int hours = TyphoonRecalls.DEFAULT_HORIZON_HOURS;
        Optional<TrackSummary> current = typhoons.tracks().stream()
                .filter(t -> t.lastFix().isAfter(now) && !t.firstFix().isAfter(now.plus(Duration.ofHours(hours))))
                .max(Comparator.comparing(TrackSummary::importedAt));
        if (current.isEmpty()) {
            log.info("Typhoon warning {} v{}: no stored track covers the present, no recall proposed",
                    warning.warningId(), warning.version());
            return Optional.empty();
        }
        TyphoonRecalls.Plan plan;
        try {
            plan = typhoonRecalls.plan(typhoons.requireTrack(current.get().trackId()), level, hours, 0.0);
        } catch (ApiException noCircle) {
            log.info("Typhoon warning {} v{}: {} has no level-{} circle within {} h, no recall proposed",
                    warning.warningId(), warning.version(), current.get().name(), level, hours);
            return Optional.empty();
        }
        if (plan.vessels().isEmpty()) {
            log.info("Typhoon warning {} v{}: {}'s level-{} circle reaches no boat at sea within {} h, no recall proposed",
                    warning.warningId(), warning.version(), current.get().name(), level, hours);
            return Optional.empty();
        }
        var proposal = new RecallProposal(UUID.randomUUID(), warning.warningId(), warning.version(), warning.level(),
                current.get().id(), current.get().name(), level, hours, now, plan.vessels().size(), (int) plan.unplaced(),
                RecallProposal.Status.PENDING, null, null, null);
        proposals.insert(proposal);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("warning", warning.warningId() + "/" + warning.version());
        after.put("track", proposal.trackId().toString());
        after.put("windLevel", level);
        after.put("horizonHours", hours);
        after.put("vessels", proposal.vessels());
        after.put("unplaced", proposal.unplaced());
        audit.record(AuditRecord.of("RECALL_PROPOSE", "RecallProposal", proposal.id().toString()).changing(null, after));
        return Optional.of(proposal);
    }

    @Transactional(readOnly = true)
    public List<RecallProposal> recent() {
        CurrentActor.require();
        return proposals.recent(50);
    }

    /** Issues the proposed recall with the positions of this moment. */
    @Transactional
    public Recall approve(UUID id) {
        CurrentActor.requireRole(RecallDesk.ISSUERS);
        RecallProposal proposal = pending(id);
        Recall recall = typhoonRecalls.issue(new TyphoonRecallOrder(proposal.trackId().toString(), proposal.windLevel(),
                proposal.horizonHours(), 0.0, null));
        decide(proposal, RecallProposal.Status.APPROVED, recall.id());
        return recall;
    }

    @Transactional
    public void dismiss(UUID id) {
        CurrentActor.requireRole(RecallDesk.ISSUERS);
        decide(pending(id), RecallProposal.Status.DISMISSED, null);
    }

    private RecallProposal pending(UUID id) {
        RecallProposal proposal = proposals.byIdForUpdate(id).orElseThrow(
                () -> ApiException.notFound("RECALL_PROPOSAL_UNKNOWN", "error.vessel.proposalUnknown", id));
        if (proposal.status() != RecallProposal.Status.PENDING) {
            throw ApiException.conflict("RECALL_PROPOSAL_DECIDED", "error.vessel.proposalDecided", proposal.status().name());
        }
        return proposal;
    }

    private void decide(RecallProposal proposal, RecallProposal.Status status, UUID recallId) {
        String by = CurrentActor.require().username();
        proposals.decide(proposal.id(), status, desk.now(), by, recallId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (recallId != null) {
            after.put("recall", recallId.toString());
        }
        audit.record(AuditRecord.of("RECALL_PROPOSAL_" + status.name(), "RecallProposal", proposal.id().toString())
                .changing(Map.of("status", "PENDING"), after));
    }
}
