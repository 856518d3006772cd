package org.anlan.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Reporting by the public: no account, with abuse limits (rate per client, sizes, a honeypot field). */
@RestController
@Tag(name = "public", description = "公众报告 Public incident reports")
class PublicReportApiController {

    record PublicReport(String type, Double lat, Double lon, String township, String address, OffsetDateTime occurredAt,
                        String description, Integer dead, Integer missing, Integer seriouslyInjured, Integer injured,
                        Long directLossYuan, String reporterName, String reporterPhone, String website) {
    }

    record TypeJson(String code, String name, String nameEn, String category, String categoryName, String gradingRule,
                    List<String> requiredCapabilities) {
    }

    private final IncidentDesk desk;
    private final PublicReportLimiter limiter;

    PublicReportApiController(IncidentDesk desk, PublicReportLimiter limiter) {
        this.desk = desk;
        this.limiter = limiter;
    }

    @PostMapping("/api/public/reports")
    @Operation(summary = "Report an incident without an account; Idempotency-Key makes retries safe")
    ResponseEntity<Map<String, Object>> report(@RequestBody PublicReport body,
                                               @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                               HttpServletRequest request) {
        if (body.website() != null && !body.website().isEmpty()) {
            throw ApiException.badRequest("REPORT_REJECTED", "error.incident.rejected");
        }
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "error.incident.rateLimited");
        }
        var incident = new NewIncident(body.type(), body.lat(), body.lon(), body.township(), body.address(),
                body.occurredAt() == null ? null : body.occurredAt().toInstant(), body.description(),
                IncidentApiController.casualties(body.dead(), body.missing(), body.seriouslyInjured(), body.injured()),
                body.directLossYuan() == null ? 0 : body.directLossYuan(), null, IncidentChannel.PUBLIC,
                body.reporterName(), body.reporterPhone(), null);
        IncidentDesk.Intake intake = desk.report(incident, key, "public", "ANONYMOUS", request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", intake.incidentId(), "created", intake.created()));
    }

    @GetMapping("/api/incident-types")
    @Operation(summary = "Incident type codes (national classification, GB/T 35561-2017 style) with their grading rule")
    List<TypeJson> types() {
        return IncidentTypes.all().stream()
                .map(t -> new TypeJson(t.code(), t.name(), t.nameEn(), t.category().name(), t.category().chinese(),
                        t.gradingRule().name(), t.requiredCapabilities().stream().sorted().toList()))
                .toList();
    }
}
