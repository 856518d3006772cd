package org.anlan.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duty desk pages: the incident board with report deadlines, an incident's file, printable reports. */
@Controller
@PreAuthorize("!hasRole('ENTERPRISE_OFFICER')")
class IncidentPageController {

    /** One row of the board: the incident and its most urgent pending upward report. */
    record BoardRow(Incident incident, String townshipName, Optional<Obligation> next, boolean overdue) {
    }

    private final IncidentDesk desk;
    private final CountyGeography county;
    private final ZoneId zone;

    IncidentPageController(IncidentDesk desk, CountyGeography county, @Value("${anlan.zone:Asia/Shanghai}") String zone) {
        this.desk = desk;
        this.county = county;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/incidents")
    String board(Model model) {
        Map<String, String> names = county.townshipNames();
        List<BoardRow> rows = desk.desk(true, 200).stream().map(i -> {
            List<Obligation> pending = desk.obligations(i).stream()
                    .filter(o -> o.state() != ObligationState.MET).sorted(Comparator.comparing(Obligation::dueAt)).toList();
            return new BoardRow(i, names.getOrDefault(i.townshipCode(), i.townshipCode()), pending.stream().findFirst(),
                    pending.stream().anyMatch(o -> o.state() == ObligationState.OVERDUE));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("types", IncidentTypes.all());
        model.addAttribute("townships", county.townships());
        model.addAttribute("zone", zone);
        return "incident/board";
    }

    @PostMapping("/incidents")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','GRID_MEMBER','TOWNSHIP_OFFICER')")
    String logCall(@RequestParam String type, @RequestParam(required = false) String township,
                   @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
                   @RequestParam(required = false) String address, @RequestParam String description,
                   @RequestParam(required = false) String occurredAt, @RequestParam(defaultValue = "0") int dead,
                   @RequestParam(defaultValue = "0") int missing, @RequestParam(defaultValue = "0") int seriouslyInjured,
                   @RequestParam(defaultValue = "0") int injured, @RequestParam(defaultValue = "0") long directLossYuan,
                   @RequestParam(required = false) String reporterName, @RequestParam(required = false) String reporterPhone,
                   RedirectAttributes redirect) {
        try {
            Instant occurred = occurredAt == null || occurredAt.isBlank() ? null
                    : LocalDateTime.parse(occurredAt, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
            var intake = desk.reportAsUser(new NewIncident(type, lat, lon, blank(township) ? null : township, address, occurred,
                    description, IncidentApiController.casualties(dead, missing, seriouslyInjured, injured), directLossYuan,
                    null, IncidentChannel.DUTY_CALL, reporterName, reporterPhone, null), null);
            return "redirect:/incidents/" + intake.incidentId();
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("errorKey", "error.incident.timeInvalid");
        }
        return "redirect:/incidents";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        Incident incident = desk.incident(id);
        model.addAttribute("incident", incident);
        model.addAttribute("townshipName", county.townshipNames().getOrDefault(incident.townshipCode(), incident.townshipCode()));
        model.addAttribute("obligations", desk.obligations(id));
        model.addAttribute("reports", desk.reports(id));
        model.addAttribute("escalations", desk.escalations(id));
        model.addAttribute("candidates", incident.open() ? desk.mergeCandidates(id) : List.of());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("reportChannels", ReportChannel.values());
        model.addAttribute("zone", zone);
        model.addAttribute("canAct", CurrentActor.find().map(a -> a.hasAnyRole(org.anlan.platform.security.Role.DUTY_OFFICER,
                org.anlan.platform.security.Role.COMMANDER, org.anlan.platform.security.Role.ADMIN)).orElse(false));
        return "incident/detail";
    }

    @PostMapping("/incidents/{id}/severity")
    String overrideSeverity(@PathVariable UUID id, @RequestParam Severity severity, @RequestParam String reason,
                            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.overrideSeverity(id, severity, reason));
    }

    @PostMapping("/incidents/{id}/status")
    String status(@PathVariable UUID id, @RequestParam IncidentStatus status, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.changeStatus(id, status));
    }

    @PostMapping("/incidents/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam UUID into, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.merge(id, into));
    }

    @PostMapping("/incidents/{id}/reports")
    String fileReport(@PathVariable UUID id, @RequestParam ReportKind kind, @RequestParam ReportChannel channel,
                      @RequestParam String recipient, @RequestParam String content, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.fileReport(id, kind, channel, recipient, content));
    }

    @GetMapping("/incidents/{id}/reports/{reportId}/print")
    String print(@PathVariable UUID id, @PathVariable UUID reportId, Model model) {
        Incident incident = desk.incident(id);
        UpwardReport report = desk.reports(id).stream().filter(r -> r.id().equals(reportId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("REPORT_UNKNOWN", "error.notFound"));
        model.addAttribute("incident", incident);
        model.addAttribute("report", report);
        model.addAttribute("townshipName", county.townshipNames().getOrDefault(incident.townshipCode(), incident.townshipCode()));
        model.addAttribute("zone", zone);
        return "incident/print";
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/incidents/" + id;
    }


    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
