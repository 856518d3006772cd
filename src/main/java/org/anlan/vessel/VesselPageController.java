package org.anlan.vessel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.anlan.geo.Geometries;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.typhoon.TyphoonTracks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 渔船精密智控 pages: the live map of the fleet with ports, anchorages and fences (positions polled as JSON in the
 * page's session), the alarm list, the recalls and one recall's progress (refreshed by htmx polling), and the form
 * that issues a recall from a typhoon track (also reached from the typhoon page).
 */
@Controller
class VesselPageController {

    private static final String ISSUERS = "hasAnyRole('ADMIN','COMMANDER','DEPARTMENT_OFFICER')";

    record Area(String name, String kind, String wkt, Integer capacity) {
    }

    private final VesselRegistry registry;
    private final LivePicture live;
    private final PositionIntake intake;
    private final FenceBook fences;
    private final AlarmDesk alarms;
    private final RecallDesk recalls;
    private final TyphoonRecalls typhoonRecalls;
    private final RecallProposalDesk proposals;
    private final TyphoonTracks typhoons;
    private final CountyGeography county;
    private final String tileUrl;

    VesselPageController(VesselRegistry registry, LivePicture live, PositionIntake intake, FenceBook fences,
                         AlarmDesk alarms, RecallDesk recalls, TyphoonRecalls typhoonRecalls,
                         RecallProposalDesk proposals, TyphoonTracks typhoons,
                         CountyGeography county,
                         @Value("${anlan.map.tile-url:}") String tileUrl) {
        this.registry = registry;
        this.live = live;
        this.intake = intake;
        this.fences = fences;
        this.alarms = alarms;
        this.recalls = recalls;
        this.typhoonRecalls = typhoonRecalls;
        this.proposals = proposals;
        this.typhoons = typhoons;
        this.county = county;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/vessels")
    String map(Model model) {
        List<Area> areas = new java.util.ArrayList<>();
        registry.harbours().forEach(h -> areas.add(new Area(h.name(), h.kind().name(), Geometries.toWkt(h.boundary()),
                h.capacity())));
        fences.activeFences().forEach(f -> areas.add(new Area(f.name(), "FENCE_" + f.kind(), Geometries.toWkt(f.area()),
                null)));
        model.addAttribute("areas", areas);
        model.addAttribute("counts", live.countsByState());
        model.addAttribute("townshipCounts", registry.countsByTownship());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("recalls", recalls.recalls());
        model.addAttribute("mayIssueRecall", CurrentActor.require().hasAnyRole(RecallDesk.ISSUERS));
        model.addAttribute("tracks", typhoons.tracks());
        model.addAttribute("proposals", proposals.recent().stream()
                .filter(p -> p.status() == RecallProposal.Status.PENDING).toList());
        model.addAttribute("tileUrl", tileUrl);
        return "vessel/map";
    }

    @GetMapping(path = "/vessels/positions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Object[]> positions() {
        return intake.visiblePositions();
    }

    @GetMapping("/vessels/alarms")
    String alarms(Model model) {
        model.addAttribute("alarms", alarms.recent(200));
        model.addAttribute("vesselNames", vesselNames());
        model.addAttribute("townshipNames", county.townshipNames());
        return "vessel/alarms";
    }

    @PostMapping("/vessels/recalls/from-typhoon")
    @PreAuthorize(ISSUERS)
    String issueFromTyphoon(@RequestParam String trackId, @RequestParam(required = false) Integer level,
                            @RequestParam(required = false) Integer horizonHours,
                            @RequestParam(required = false) Double bufferKm, RedirectAttributes redirect) {
        try {
            Recall recall = typhoonRecalls.issue(new TyphoonRecallOrder(trackId, level, horizonHours, bufferKm, null));
            return "redirect:/vessels/recalls/" + recall.id();
        } catch (ApiException e) {
            return failed(e, redirect);
        }
    }

    @PostMapping("/vessels/recall-proposals/{id}/approved")
    @PreAuthorize(ISSUERS)
    String approveProposal(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return "redirect:/vessels/recalls/" + proposals.approve(id).id();
        } catch (ApiException e) {
            return failed(e, redirect);
        }
    }

    @PostMapping("/vessels/recall-proposals/{id}/dismissed")
    @PreAuthorize(ISSUERS)
    String dismissProposal(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            proposals.dismiss(id);
            return "redirect:/vessels";
        } catch (ApiException e) {
            return failed(e, redirect);
        }
    }

    private static String failed(ApiException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
        return "redirect:/vessels";
    }

    @GetMapping("/vessels/recalls/{id}")
    String recall(@PathVariable UUID id, Model model) {
        fillRecall(id, model);
        return "vessel/recall";
    }

    @GetMapping("/vessels/recalls/{id}/progress")
    String recallProgress(@PathVariable UUID id, Model model) {
        fillRecall(id, model);
        return "vessel/recall :: progress";
    }

    private void fillRecall(UUID id, Model model) {
        model.addAttribute("recall", recalls.recall(id));
        model.addAttribute("progress", recalls.progress(id));
        model.addAttribute("vessels", recalls.vessels(id));
        model.addAttribute("vesselNames", vesselNames());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("harbourNames", registry.harbours().stream()
                .collect(Collectors.toMap(Harbour::code, Harbour::name)));
    }

    private Map<UUID, String> vesselNames() {
        return registry.vessels(new VesselFilter(null, null, null, null, null, VesselFilter.MAX_LIMIT)).stream()
                .collect(Collectors.toMap(Vessel::id, Vessel::name, (a, b) -> a));
    }

}
