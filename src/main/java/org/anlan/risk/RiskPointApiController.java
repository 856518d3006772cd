package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Risk points (风险点) with their LEC or LS grading; scope is enforced by {@link RiskRegister}. */
@RestController
@RequestMapping("/api/risk-points")
@Tag(name = "risk points", description = "风险分级管控 Risk points, LEC/LS grading, control and review")
class RiskPointApiController {

    static final String CHANGERS = "hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')";

    record RiskPointRequest(UUID enterpriseId, String name, String place, String activity, String hazardKind,
                            String method, BigDecimal l, BigDecimal e, BigDecimal c, BigDecimal s,
                            String controlMeasures, String responsiblePerson, String controlLevel, Integer reviewDays) {

        RiskPointDraft draft() {
            return new RiskPointDraft(name, place, activity, hazardKind, method, l, e, c, s, controlMeasures,
                    responsiblePerson, controlLevel, reviewDays);
        }
    }

    record ActiveRequest(Boolean active) {
    }

    record RiskPointView(UUID id, UUID enterpriseId, String townshipCode, String name, String place, String activity,
                         String hazardKind, String method, BigDecimal l, BigDecimal e, BigDecimal c, BigDecimal s,
                         BigDecimal score, RiskLevel level, String levelLabel, RiskColour colour, String variant,
                         String controlMeasures, String responsiblePerson, String controlLevel, int reviewDays,
                         LocalDate nextReview, boolean active, boolean synthetic) {

        static RiskPointView of(RiskPoint p) {
            return new RiskPointView(p.id(), p.enterprise().value(), p.townshipCode(), p.name(), p.place(),
                    p.activity(), p.hazardKind(), p.method(), p.l(), p.e(), p.c(), p.s(), p.score(), p.level(),
                    p.level().label(), p.colour(), p.variant(), p.controlMeasures(), p.responsiblePerson(),
                    p.controlLevel(), p.reviewDays(), p.nextReview(), p.active(), p.synthetic());
        }
    }

    private final RiskRegister register;

    RiskPointApiController(RiskRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Risk points the caller may see, by enterprise, township, level; reviewDue=true for due reviews")
    List<RiskPointView> list(@RequestParam(required = false) UUID enterprise,
                             @RequestParam(required = false) String township,
                             @RequestParam(required = false) String level,
                             @RequestParam(defaultValue = "false") boolean includeInactive,
                             @RequestParam(defaultValue = "false") boolean reviewDue) {
        return register.list(enterprise, blank(township), level(level), includeInactive, reviewDue).stream()
                .map(RiskPointView::of).toList();
    }

    @GetMapping("/{id}")
    RiskPointView one(@PathVariable UUID id) {
        return RiskPointView.of(register.require(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CHANGERS)
    @Operation(summary = "Record a risk point of an enterprise, graded by LEC (l, e, c) or LS (l, s)")
    RiskPointView create(@RequestBody RiskPointRequest body) {
        if (body.enterpriseId() == null) {
            throw ApiException.badRequest("RISK_POINT_ENTERPRISE_REQUIRED", "error.risk.enterpriseRequired");
        }
        return RiskPointView.of(register.record(body.enterpriseId(), body.draft()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(CHANGERS)
    @Operation(summary = "Re-assess or change a risk point")
    RiskPointView update(@PathVariable UUID id, @RequestBody RiskPointRequest body) {
        return RiskPointView.of(register.update(id, body.draft()));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(CHANGERS)
    @Operation(summary = "复评: mark the point reviewed; the next review moves one cycle on")
    RiskPointView reviewed(@PathVariable UUID id) {
        return RiskPointView.of(register.reviewed(id));
    }

    @PutMapping("/{id}/active")
    @PreAuthorize(CHANGERS)
    @Operation(summary = "Archive (false) or restore (true) a risk point")
    RiskPointView active(@PathVariable UUID id, @RequestBody ActiveRequest body) {
        if (body.active() == null) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        return RiskPointView.of(register.setActive(id, body.active()));
    }

    static RiskLevel level(String text) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return RiskLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("RISK_LEVEL_UNKNOWN", "error.risk.level", text);
        }
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
