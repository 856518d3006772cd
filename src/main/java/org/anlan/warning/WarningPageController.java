package org.anlan.warning;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预警发布 pages: the list with the drafting form, a warning with its versions, the approval buttons and the
 * delivery progress, which polls itself (htmx) while messages are still on their way. Every form calls the same
 * {@link WarningDesk} method as the API; a refusal comes back on the page as a message.
 */
@Controller
class WarningPageController {

    private final WarningDesk desk;
    private final WarningDissemination dissemination;
    private final CountyGeography county;
    private final Clock clock;

    WarningPageController(WarningDesk desk, WarningDissemination dissemination, CountyGeography county, Clock clock) {
        this.desk = desk;
        this.dissemination = dissemination;
        this.county = county;
        this.clock = clock;
    }

    @GetMapping("/warnings")
    String list(Model model) {
        return listPage(model, Map.of(), List.of());
    }

    /** The drafting form; bad input renders the list again with the reason and what was typed. */
    @PostMapping("/warnings")
    String draft(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        CurrentActor.requireRole(WarningDesk.DRAFTERS);
        try {
            Warning warning = desk.draft(draftOf(form));
            return "redirect:/warnings/" + warning.id();
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            List<String> townships = form.get("townshipCodes");
            return listPage(model, form.toSingleValueMap(), townships == null ? List.of() : townships);
        }
    }

    private String listPage(Model model, Map<String, String> form, List<String> checkedTownships) {
        Actor actor = CurrentActor.require();
        model.addAttribute("warnings", desk.list(null, null));
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("leadTimes", desk.leadTimes());
        model.addAttribute("mayDraft", actor.hasAnyRole(WarningDesk.DRAFTERS));
        model.addAttribute("mayKeepRoster", actor.hasAnyRole(WarningContacts.KEEPERS));
        model.addAttribute("draftTownships", county.townships().stream().filter(t -> actor.mayAccessTownship(t.code())).toList());
        model.addAttribute("hazards", Hazard.values());
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("form", form);
        model.addAttribute("checkedTownships", checkedTownships);
        return "warning/list";
    }

    @GetMapping("/warnings/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Warning warning = desk.get(id);
        Actor actor = CurrentActor.require();
        boolean commanderReview = warning.status() == WarningStatus.IN_REVIEW && actor.hasAnyRole(WarningDesk.APPROVERS);
        boolean ownSubmission = actor.username().equals(warning.submittedBy());
        model.addAttribute("warning", warning);
        model.addAttribute("revisions", desk.revisions(id));
        model.addAttribute("maySubmit", warning.status() == WarningStatus.DRAFT && actor.hasAnyRole(WarningDesk.DRAFTERS)
                && WarningDesk.mayChangeTownships(actor, warning));
        model.addAttribute("mayApprove", commanderReview && !ownSubmission);
        model.addAttribute("maySendBack", commanderReview);
        model.addAttribute("fourEyes", commanderReview && ownSubmission);
        addProgress(model, warning);
        return "warning/detail";
    }

    @GetMapping("/warnings/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        addProgress(model, desk.get(id));
        return "warning/progress :: progress";
    }

    @PostMapping("/warnings/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.submit(id));
    }

    @PostMapping("/warnings/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.approve(id));
    }

    @PostMapping("/warnings/{id}/send-back")
    String sendBack(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.sendBack(id, null));
    }

    @PostMapping("/warnings/{id}/callouts/{calloutId}/acknowledge")
    String acknowledge(@PathVariable UUID id, @PathVariable long calloutId, RedirectAttributes redirect) {
        return act(id, redirect, () -> dissemination.acknowledge(id, calloutId));
    }

    /** The progress polls itself while something is on its way, or while an issued warning has not been planned yet. */
    private void addProgress(Model model, Warning warning) {
        WarningDissemination.DeliveryProgress progress = dissemination.progress(warning.id());
        model.addAttribute("progress", progress);
        model.addAttribute("warningId", warning.id());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("live", !progress.complete()
                && (warning.status() == WarningStatus.ISSUED || !progress.channels().isEmpty()));
        Actor actor = CurrentActor.require();
        boolean acknowledger = actor.hasAnyRole(WarningDissemination.ACKNOWLEDGERS);
        model.addAttribute("acknowledgeable", progress.callouts().stream()
                .filter(c -> acknowledger && c.acknowledgedAt() == null && actor.mayAccessTownship(c.townshipCode()))
                .map(Deliveries.Callout::id).collect(Collectors.toSet()));
    }

    private WarningDraft draftOf(MultiValueMap<String, String> form) {
        List<String> townships = form.get("townshipCodes");
        return new WarningDraft(form.getFirst("hazard"), form.getFirst("level"), townships == null ? List.of() : townships,
                List.of(), null, form.getFirst("headline"), form.getFirst("description"), form.getFirst("instruction"),
                beijingTime(form.getFirst("onsetAt")), beijingTime(form.getFirst("expiresAt")));
    }

    /** A datetime-local field, read in the county's time zone (the clock's). */
    private Instant beijingTime(String text) {
        String value = WarningPolicy.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("WARNING_TIME_INVALID", "error.warning.timeInvalid", value);
        }
    }

    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/warnings/" + id;
    }
}
