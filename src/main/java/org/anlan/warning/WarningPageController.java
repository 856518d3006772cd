package org.anlan.warning;

import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 预警发布 pages: the list, a warning with its versions, the approval buttons and the delivery progress (htmx). */
@Controller
class WarningPageController {

    private final WarningDesk desk;
    private final WarningDissemination dissemination;
    private final CountyGeography county;

    WarningPageController(WarningDesk desk, WarningDissemination dissemination, CountyGeography county) {
        this.desk = desk;
        this.dissemination = dissemination;
        this.county = county;
    }

    @GetMapping("/warnings")
    String list(Model model) {
        model.addAttribute("warnings", desk.list(null, null));
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("leadTimes", desk.leadTimes());
        return "warning/list";
    }

    @GetMapping("/warnings/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Warning warning = desk.get(id);
        model.addAttribute("warning", warning);
        model.addAttribute("revisions", desk.revisions(id));
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("progress", dissemination.progress(id));
        var actor = CurrentActor.require();
        model.addAttribute("maySubmit", warning.status() == WarningStatus.DRAFT && actor.hasAnyRole(WarningDesk.DRAFTERS));
        model.addAttribute("mayApprove", warning.status() == WarningStatus.IN_REVIEW && actor.hasAnyRole(Role.COMMANDER));
        return "warning/detail";
    }

    @GetMapping("/warnings/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        desk.get(id);
        model.addAttribute("progress", dissemination.progress(id));
        model.addAttribute("warningId", id);
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
