package org.anlan.dispatch;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.incident.Incident;
import org.anlan.incident.IncidentDesk;
import org.anlan.platform.error.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The live command board (指挥调度): open incidents, their orders and a map, refreshed by server-sent events. */
@Controller
@PreAuthorize("!hasRole('ENTERPRISE_OFFICER')")
class DispatchPageController {

    record BoardRow(Incident incident, String townshipName, List<DispatchOrder> orders) {
    }

    private final IncidentDesk incidents;
    private final DispatchBoard board;
    private final DispatchRecommender recommender;
    private final CountyGeography county;
    private final LiveBoard live;
    private final ZoneId zone;

    DispatchPageController(IncidentDesk incidents, DispatchBoard board, DispatchRecommender recommender,
                           CountyGeography county, LiveBoard live, @Value("${anlan.zone:Asia/Shanghai}") String zone) {
        this.incidents = incidents;
        this.board = board;
        this.recommender = recommender;
        this.county = county;
        this.live = live;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/dispatch")
    String page(Model model) {
        fillBoard(model);
        return "dispatch/board";
    }

    @GetMapping("/dispatch/board")
    String fragment(Model model) {
        fillBoard(model);
        return "dispatch/board :: board";
    }

    @GetMapping(value = "/dispatch/stream", produces = "text/event-stream")
    @org.springframework.web.bind.annotation.ResponseBody
    SseEmitter stream() {
        return live.subscribe();
    }

    @GetMapping("/dispatch/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        Incident incident = incidents.incident(id);
        model.addAttribute("incident", incident);
        model.addAttribute("townshipName", county.townshipNames().getOrDefault(incident.townshipCode(), incident.townshipCode()));
        model.addAttribute("recommendations", incident.open() ? recommender.recommend(id, 10) : List.of());
        model.addAttribute("orders", board.ordersOf(id));
        model.addAttribute("zone", zone);
        return "dispatch/incident";
    }

    @PostMapping("/dispatch/incidents/{id}/orders")
    String order(@PathVariable UUID id, @RequestParam UUID teamId, RedirectAttributes redirect) {
        try {
            board.order(id, teamId);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/dispatch/incidents/" + id;
    }

    @PostMapping("/dispatch/orders/{orderId}")
    String advance(@PathVariable UUID orderId, @RequestParam UUID incidentId, @RequestParam OrderStatus status,
                   RedirectAttributes redirect) {
        try {
            board.advance(orderId, status);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/dispatch/incidents/" + incidentId;
    }

    private void fillBoard(Model model) {
        Map<String, String> names = county.townshipNames();
        model.addAttribute("rows", incidents.desk(true, 100).stream()
                .map(i -> new BoardRow(i, names.getOrDefault(i.townshipCode(), i.townshipCode()), board.ordersOf(i.id())))
                .toList());
        model.addAttribute("zone", zone);
    }

}
