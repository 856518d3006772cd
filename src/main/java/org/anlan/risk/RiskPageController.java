package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.anlan.county.CountyGeography;
import org.anlan.enterprise.Enterprise;
import org.anlan.enterprise.EnterpriseId;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.enterprise.Industry;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 双重预防 pages: the four-colour map with statistics, enterprises, hazards with their workflow buttons and the
 * 挂牌督办 list. Every form calls the same service method as the API; a refusal comes back as a message.
 */
@Controller
class RiskPageController {

    private final EnterpriseRegister enterprises;
    private final RiskRegister risks;
    private final HazardRegister hazards;
    private final HazardSourceRegister sources;
    private final HazardStatistics statistics;
    private final CountyGeography county;
    private final RiskMapReport mapReport;
    private final Clock clock;
    private final String tileUrl;

    RiskPageController(EnterpriseRegister enterprises, RiskRegister risks, HazardRegister hazards,
                       HazardSourceRegister sources, HazardStatistics statistics, CountyGeography county, RiskMapReport mapReport, Clock clock,
                       @Value("${anlan.map.tile-url:}") String tileUrl) {
        this.enterprises = enterprises;
        this.risks = risks;
        this.hazards = hazards;
        this.sources = sources;
        this.statistics = statistics;
        this.county = county;
        this.mapReport = mapReport;
        this.clock = clock;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/risk")
    String map(Model model) {
        model.addAttribute("statistics", statistics.report());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("mayFile", mayFile());
        return "risk/index";
    }

    /** The live map for the page's script (session sign-in; the API twin is /api/risk-map). */
    @GetMapping("/risk/map.json")
    @ResponseBody
    RiskMapReport.View mapData() {
        return mapReport.view();
    }

    @GetMapping("/hazards/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photo) {
        var file = hazards.photo(id, photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getKey())).body(file.getValue());
    }

    @GetMapping("/enterprises")
    String enterprises(@RequestParam(required = false) String township, @RequestParam(required = false) String industry,
                       @RequestParam(required = false) String q, Model model) {
        model.addAttribute("enterprises", enterprises.visible(blank(township), blank(industry), blank(q)));
        model.addAttribute("townships", county.townships());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("township", blank(township));
        model.addAttribute("industry", blank(industry));
        model.addAttribute("q", blank(q));
        return "risk/enterprises";
    }

    @GetMapping("/enterprises/{id}")
    String enterprise(@PathVariable UUID id, Model model) {
        Enterprise enterprise = enterprises.require(new EnterpriseId(id));
        Instant now = Instant.now(clock);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("points", risks.list(id, null, null, true, false));
        model.addAttribute("units", sources.list(id, null));
        model.addAttribute("hazards", hazards.list(id, null, null, null, false, false).stream()
                .map(r -> HazardView.of(r, now)).toList());
        model.addAttribute("members", enterprises.members(new EnterpriseId(id)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayFile", mayFile());
        model.addAttribute("mayChange", mayChangeRisk());
        return "risk/enterprise";
    }

    @PostMapping("/enterprises/{id}/risk-points")
    String addRiskPoint(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        attempt(redirect, () -> risks.record(id, new RiskPointDraft(form.get("name"), form.get("place"),
                form.get("activity"), form.get("hazardKind"), form.get("method"), number(form.get("l")),
                number(form.get("e")), number(form.get("c")), number(form.get("s")), form.get("controlMeasures"),
                form.get("responsiblePerson"), null, form.get("reviewDays") == null || form.get("reviewDays").isBlank()
                ? null : Integer.valueOf(form.get("reviewDays")))));
        return "redirect:/enterprises/" + id;
    }

    @PostMapping("/risk-points/{id}/review")
    String reviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        RiskPoint point = attempt(redirect, () -> risks.reviewed(id));
        return "redirect:/enterprises/" + (point != null ? point.enterprise().value() : risks.require(id).enterprise().value());
    }

    @GetMapping("/hazards")
    String hazards(@RequestParam(required = false) String state, @RequestParam(required = false) String township,
                   @RequestParam(defaultValue = "false") boolean open, Model model) {
        Instant now = Instant.now(clock);
        model.addAttribute("hazards", hazards.list(null, blank(township), HazardApiController.state(state), null, open,
                false).stream().map(r -> HazardView.of(r, now)).toList());
        model.addAttribute("states", HazardState.values());
        model.addAttribute("state", blank(state));
        model.addAttribute("open", open);
        model.addAttribute("townships", county.townships());
        model.addAttribute("township", blank(township));
        addNames(model);
        return "risk/hazards";
    }

    @GetMapping("/hazards/supervised")
    String supervised(Model model) {
        Instant now = Instant.now(clock);
        model.addAttribute("hazards", hazards.list(null, null, null, null, false, true).stream()
                .map(r -> HazardView.of(r, now)).toList());
        addNames(model);
        return "risk/supervised";
    }

    @GetMapping("/hazards/new")
    String newHazard(@RequestParam UUID enterprise, Model model) {
        model.addAttribute("enterprise", enterprises.require(new EnterpriseId(enterprise)));
        model.addAttribute("mayGrade", CurrentActor.require().hasAnyRole(HazardRegister.GRADERS));
        return "risk/hazard-new";
    }

    @PostMapping("/hazards")
    String file(@RequestParam UUID enterprise, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        HazardRecord filed = attempt(redirect, () -> hazards.file(enterprise, new HazardFiling(form.get("description"),
                form.get("location"), form.get("category"), form.get("grade"), form.get("judgementItem"))));
        return filed == null ? "redirect:/hazards/new?enterprise=" + enterprise
                : "redirect:/hazards/" + filed.hazard().id().value();
    }

    @GetMapping("/hazards/{id}")
    String hazard(@PathVariable UUID id, Model model) {
        HazardRecord record = hazards.require(id);
        Actor actor = CurrentActor.require();
        model.addAttribute("hazard", HazardView.of(record, Instant.now(clock)));
        model.addAttribute("enterprise", enterprises.require(record.hazard().enterprise()));
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("mayGrade", actor.hasAnyRole(HazardRegister.GRADERS));
        model.addAttribute("mayRectify", actor.hasAnyRole(HazardRegister.RECTIFIERS));
        model.addAttribute("mayAccept", actor.hasAnyRole(HazardRegister.ACCEPTORS)
                && !record.hazard().rectifier().map(actor.userId()::equals).orElse(false));
        model.addAttribute("maySupervise", actor.hasAnyRole(HazardRegister.SUPERVISORS));
        model.addAttribute("mayExplain", actor.hasAnyRole(HazardRegister.EXPLAINERS));
        model.addAttribute("supervisionLevels", SupervisionLevel.values());
        return "risk/hazard";
    }

    @PostMapping("/hazards/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form,
                RedirectAttributes redirect) {
        Supplier<HazardRecord> action = switch (step) {
            case "register" -> () -> hazards.register(id, form.get("location"), form.get("category"));
            case "grade" -> () -> hazards.grade(id, form.get("grade"), form.get("judgementItem"));
            case "plan" -> () -> hazards.approvePlan(id, new RectificationPlan(form.get("objectives"),
                    form.get("responsibility"), form.get("measures"), number(form.get("fundsYuan")),
                    instant(form.get("deadline")), form.get("contingencyPlan")));
            case "rectification" -> () -> hazards.startRectification(id, instant(form.get("deadline")),
                    form.get("responsibleName"));
            case "submission" -> () -> hazards.submitRectification(id);
            case "acceptance" -> () -> hazards.accept(id, form.get("assessmentReport"));
            case "rejection" -> () -> hazards.reject(id, form.get("reason"));
            case "explanation" -> () -> hazards.explain(id, form.get("reason"));
            case "supervision" -> () -> hazards.supervise(id, new Supervision(
                    supervisionLevel(form.get("level")), required(form.get("supervisingUnit")),
                    required(form.get("responsibleUnit")), requiredInstant(form.get("deadline")),
                    required(form.get("documentNumber"))));
            default -> throw ApiException.notFound("NOT_FOUND", "error.notFound");
        };
        if (attempt(redirect, action) != null) {
            redirect.addFlashAttribute("done", step);
        }
        return "redirect:/hazards/" + id;
    }

    private <T> T attempt(RedirectAttributes redirect, Supplier<T> action) {
        try {
            return action.get();
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
            return null;
        }
    }

    private void addNames(Model model) {
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("enterpriseNames", enterprises.directory().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id().value(), Enterprise::name)));
    }

    private static boolean mayFile() {
        return CurrentActor.require().hasAnyRole(HazardRegister.FINDERS);
    }

    private static boolean mayChangeRisk() {
        return CurrentActor.require().hasAnyRole(RiskRegister.CHANGERS);
    }

    private Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(clock.getZone()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("REQUEST_PARAMETER_INVALID", "error.request.parameterInvalid", "deadline");
        }
    }

    private Instant requiredInstant(String local) {
        Instant at = instant(local);
        if (at == null) {
            throw ApiException.badRequest("HAZARD_SUPERVISION_INVALID", "error.risk.hazard.supervision");
        }
        return at;
    }

    private static SupervisionLevel supervisionLevel(String text) {
        try {
            return SupervisionLevel.valueOf(required(text));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("HAZARD_SUPERVISION_INVALID", "error.risk.hazard.supervision");
        }
    }

    private static String required(String text) {
        String t = blank(text);
        if (t == null) {
            throw ApiException.badRequest("HAZARD_SUPERVISION_INVALID", "error.risk.hazard.supervision");
        }
        return t;
    }

    private static BigDecimal number(String text) {
        String t = blank(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("REQUEST_PARAMETER_INVALID", "error.request.parameterInvalid", t);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
