package org.anlan.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 page: browse and filter the trail, and verify the chain. */
@Controller
class AuditPageController {

    private final AuditTrail trail;
    private final ZoneId zone;

    AuditPageController(AuditTrail trail, @Value("${anlan.zone:Asia/Shanghai}") String zone) {
        this.trail = trail;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String action, @RequestParam(required = false) String township,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int size = 50;
        var query = new AuditQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actor, entityType, action, township,
                size, Math.max(page, 0) * size);
        model.addAttribute("entries", trail.find(query));
        model.addAttribute("zone", zone);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("filterFrom", from);
        model.addAttribute("filterTo", to);
        model.addAttribute("filterActor", actor);
        model.addAttribute("filterEntityType", entityType);
        model.addAttribute("filterAction", action);
        model.addAttribute("filterTownship", township);
        return "audit/index";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/verify :: result";
    }
}
