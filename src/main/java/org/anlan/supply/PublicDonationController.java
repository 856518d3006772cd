package org.anlan.supply;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public pages of the supply module: the donation summary (捐赠公示) and the household reserve list. */
@Controller
class PublicDonationController {

    private final DonationDesk donations;

    PublicDonationController(DonationDesk donations) {
        this.donations = donations;
    }

    @GetMapping("/public/donations")
    String donations(Model model) {
        model.addAttribute("summary", donations.publicSummary());
        return "supply/public-donations";
    }

    @GetMapping(value = "/public/donations.json", produces = "application/json")
    @ResponseBody
    DonationSummary summary() {
        return donations.publicSummary();
    }

    @GetMapping("/public/household-reserve")
    String householdReserve() {
        return "supply/household-reserve";
    }
}
