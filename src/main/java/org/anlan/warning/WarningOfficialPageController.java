package org.anlan.warning;

import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 叫应名单 page: the officials called when a warning reaches a township, with forms to add one, change one (a new
 * phone or e-mail address) and retire one. The forms call {@link WarningContacts} as the API does; a refusal comes
 * back on the page in Chinese, with what was typed kept in the add form.
 */
@Controller
class WarningOfficialPageController {

    private final WarningContacts contacts;
    private final CountyGeography county;

    WarningOfficialPageController(WarningContacts contacts, CountyGeography county) {
        this.contacts = contacts;
        this.county = county;
    }

    @GetMapping("/warnings/officials")
    String roster(@RequestParam(required = false) String township, Model model) {
        model.addAttribute("selectedTownship", township);
        model.addAttribute("officials", contacts.roster(township));
        Actor actor = CurrentActor.require();
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("keptTownships", county.townships().stream().filter(t -> actor.mayAccessTownship(t.code())).toList());
        model.addAttribute("mayKeepCounty", !actor.townshipScoped());
        model.addAttribute("maxRank", WarningContacts.MAX_RANK);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WarningContacts.OfficialDraft("", "", "", "", "",
                    actor.townshipScoped() ? actor.townshipCode() : "", 1));
        }
        return "warning/officials";
    }

    @PostMapping("/warnings/officials")
    String add(WarningContacts.OfficialDraft form, RedirectAttributes redirect) {
        try {
            WarningOfficial added = contacts.add(form);
            redirect.addFlashAttribute("savedName", added.name());
        } catch (ApiException e) {
            refused(redirect, e);
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/warnings/officials";
    }

    @PostMapping("/warnings/officials/{id}")
    String update(@PathVariable UUID id, WarningContacts.OfficialDraft form, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("savedName", contacts.update(id, form).name());
        } catch (ApiException e) {
            refused(redirect, e);
        }
        return "redirect:/warnings/officials";
    }

    @PostMapping("/warnings/officials/{id}/retire")
    String retire(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            contacts.retire(id);
        } catch (ApiException e) {
            refused(redirect, e);
        }
        return "redirect:/warnings/officials";
    }

    private static void refused(RedirectAttributes redirect, ApiException e) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
    }
}
