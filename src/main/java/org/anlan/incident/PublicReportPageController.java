package org.anlan.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 公众报告 — the public report page: no account, the same limits as the public API. */
@Controller
class PublicReportPageController {

    private final IncidentDesk desk;
    private final PublicReportLimiter limiter;
    private final CountyGeography county;
    private final ZoneId zone;

    PublicReportPageController(IncidentDesk desk, PublicReportLimiter limiter, CountyGeography county,
                               @Value("${anlan.zone:Asia/Shanghai}") String zone) {
        this.desk = desk;
        this.limiter = limiter;
        this.county = county;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/public/report")
    String form(Model model) {
        model.addAttribute("types", IncidentTypes.all());
        model.addAttribute("townships", county.townships());
        return "incident/public-report";
    }

    @PostMapping("/public/report")
    String submit(@RequestParam String type, @RequestParam(required = false) String township,
                  @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
                  @RequestParam(required = false) String address, @RequestParam(required = false) String occurredAt,
                  @RequestParam String description, @RequestParam(defaultValue = "0") int dead,
                  @RequestParam(defaultValue = "0") int injured, @RequestParam(required = false) String reporterPhone,
                  @RequestParam(required = false, defaultValue = "") String website, HttpServletRequest request,
                  Model model) {
        try {
            if (!website.isEmpty()) {
                throw ApiException.badRequest("REPORT_REJECTED", "error.incident.rejected");
            }
            if (!limiter.tryAcquire(request.getRemoteAddr())) {
                throw new ApiException(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                        "error.incident.rateLimited");
            }
            Instant occurred = occurredAt == null || occurredAt.isBlank() ? null
                    : LocalDateTime.parse(occurredAt).atZone(zone).toInstant();
            var intake = desk.report(new NewIncident(type, lat, lon, township == null || township.isBlank() ? null : township,
                    address, occurred, description, IncidentApiController.casualties(dead, 0, 0, injured), 0, null,
                    IncidentChannel.PUBLIC, null, reporterPhone, null), null, "public", "ANONYMOUS", request.getRemoteAddr());
            model.addAttribute("incidentId", intake.incidentId());
            return "incident/public-thanks";
        } catch (ApiException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        } catch (DateTimeParseException e) {
            model.addAttribute("errorKey", "error.incident.timeInvalid");
            model.addAttribute("errorArgs", new Object[0]);
        }
        return form(model);
    }
}
