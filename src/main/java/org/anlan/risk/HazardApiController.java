package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The hidden-hazard closed loop (隐患排查治理): one endpoint per step; rules in {@link HiddenHazard}. */
@RestController
@RequestMapping("/api/hazards")
@Tag(name = "hazards", description = "隐患排查治理 Hidden hazards: filing, grading, plan, rectification, acceptance")
class HazardApiController {

    record FileRequest(UUID enterpriseId, String description, String location, String category, String grade,
                       String judgementItem) {
    }

    record RegisterRequest(String location, String category) {
    }

    record GradeRequest(String grade, String judgementItem) {
    }

    record PlanRequest(String objectives, String responsibility, String measures, BigDecimal fundsYuan,
                       OffsetDateTime deadline, String contingencyPlan) {
    }

    record RectifyRequest(OffsetDateTime deadline, String responsibleName) {
    }

    record AcceptRequest(String assessmentReport) {
    }

    record ReasonRequest(String reason) {
    }

    record SuperviseRequest(String level, String supervisingUnit, String responsibleUnit, OffsetDateTime deadline,
                            String documentNumber) {
    }

    record RewardRequest(BigDecimal yuan, String status) {
    }

    private final HazardRegister register;
    private final HazardStatistics statistics;
    private final Clock clock;

    HazardApiController(HazardRegister register, HazardStatistics statistics, Clock clock) {
        this.register = register;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Hazards the caller may see, by enterprise, township, state, grade; open/supervised only")
    List<HazardView> list(@RequestParam(required = false) UUID enterprise,
                          @RequestParam(required = false) String township,
                          @RequestParam(required = false) String state,
                          @RequestParam(required = false) String grade,
                          @RequestParam(defaultValue = "false") boolean open,
                          @RequestParam(defaultValue = "false") boolean supervised) {
        Instant now = Instant.now(clock);
        return register.list(enterprise, RiskPointApiController.blank(township), state(state),
                        RiskPointApiController.blank(grade) == null ? null : HazardRegister.grade(grade), open, supervised)
                .stream().map(r -> HazardView.of(r, now)).toList();
    }

    @GetMapping("/{id}")
    HazardView one(@PathVariable UUID id) {
        return view(register.require(id));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Found, closed, overdue and rectification rate by township, industry and source")
    HazardStatistics.Report statistics() {
        return statistics.report();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','GRID_MEMBER','ENTERPRISE_OFFICER')")
    @Operation(summary = "排查+登记 a hazard of an enterprise (graded at once when grade is given by a grader)")
    HazardView file(@RequestBody FileRequest body) {
        if (body.enterpriseId() == null) {
            throw ApiException.badRequest("HAZARD_ENTERPRISE_REQUIRED", "error.risk.hazard.enterpriseRequired");
        }
        return view(register.file(body.enterpriseId(), new HazardFiling(body.description(), body.location(),
                body.category(), body.grade(), body.judgementItem())));
    }

    @PostMapping("/{id}/register")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "登记 a public tip-off (location and category)")
    HazardView register(@PathVariable UUID id, @RequestBody RegisterRequest body) {
        return view(register.register(id, body.location(), body.category()));
    }

    @PostMapping("/{id}/grade")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "定级: GENERAL (一般) or MAJOR (重大), with the 判定标准 item")
    HazardView grade(@PathVariable UUID id, @RequestBody GradeRequest body) {
        return view(register.grade(id, body.grade(), body.judgementItem()));
    }

    @PostMapping("/{id}/plan")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')")
    @Operation(summary = "治理方案 of a major hazard; refused unless the five 落实 are all given")
    HazardView plan(@PathVariable UUID id, @RequestBody PlanRequest body) {
        return view(register.approvePlan(id, new RectificationPlan(body.objectives(), body.responsibility(),
                body.measures(), body.fundsYuan(), body.deadline() == null ? null : body.deadline().toInstant(),
                body.contingencyPlan())));
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')")
    @Operation(summary = "整改 starts: deadline (a major hazard may take its plan's) and responsible person")
    HazardView rectify(@PathVariable UUID id, @RequestBody RectifyRequest body) {
        return view(register.startRectification(id, body.deadline() == null ? null : body.deadline().toInstant(),
                body.responsibleName()));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')")
    @Operation(summary = "整改完成, submitted for 验收; the caller becomes the rectifier")
    HazardView submit(@PathVariable UUID id) {
        return view(register.submitRectification(id));
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "验收通过 → 销号, by someone other than the rectifier")
    HazardView accept(@PathVariable UUID id, @RequestBody(required = false) AcceptRequest body) {
        return view(register.accept(id, body == null ? null : body.assessmentReport()));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "验收不通过: back to 整改 with a reason")
    HazardView reject(@PathVariable UUID id, @RequestBody ReasonRequest body) {
        return view(register.reject(id, body.reason()));
    }

    @PostMapping("/{id}/supervision")
    @PreAuthorize("hasAnyRole('ADMIN','COMMANDER','INSPECTOR')")
    @Operation(summary = "挂牌督办 of an open major hazard: level, units, deadline, document number")
    HazardView supervise(@PathVariable UUID id, @RequestBody SuperviseRequest body) {
        SupervisionLevel level;
        try {
            level = SupervisionLevel.valueOf(String.valueOf(body.level()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("HAZARD_SUPERVISION_INVALID", "error.risk.hazard.supervision");
        }
        String supervising = HazardRegister.limited(body.supervisingUnit());
        String responsible = HazardRegister.limited(body.responsibleUnit());
        String document = HazardRegister.limited(body.documentNumber());
        if (supervising == null || responsible == null || document == null || body.deadline() == null) {
            throw ApiException.badRequest("HAZARD_SUPERVISION_INVALID", "error.risk.hazard.supervision");
        }
        return view(register.supervise(id, new Supervision(level, supervising, responsible,
                body.deadline().toInstant(), document)));
    }

    @PostMapping("/{id}/explanations")
    @PreAuthorize("hasAnyRole('ADMIN','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')")
    @Operation(summary = "书面说明 of a supervised hazard that is overdue or failed 验收")
    HazardView explain(@PathVariable UUID id, @RequestBody ReasonRequest body) {
        return view(register.explain(id, body.reason()));
    }

    @PutMapping("/{id}/reward")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR')")
    @Operation(summary = "Reward of a public tip-off: amount (yuan) and PENDING, APPROVED, PAID or DECLINED")
    HazardView reward(@PathVariable UUID id, @RequestBody RewardRequest body) {
        return view(register.reward(id, body.yuan(), body.status()));
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','GRID_MEMBER','ENTERPRISE_OFFICER')")
    @Operation(summary = "A before (until rectification) or after (during rectification) photo, JPEG or PNG")
    HazardRecord.HazardPhoto photo(@PathVariable UUID id, @RequestParam(defaultValue = "BEFORE") String phase,
                                   @RequestPart("file") MultipartFile file) throws IOException {
        return register.addPhoto(id, phase, file.getInputStream());
    }

    @GetMapping("/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photo) {
        var file = register.photo(id, photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getKey())).body(file.getValue());
    }

    private HazardView view(HazardRecord record) {
        return HazardView.of(record, Instant.now(clock));
    }

    static HazardState state(String text) {
        if (RiskPointApiController.blank(text) == null) {
            return null;
        }
        try {
            return HazardState.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("HAZARD_STATE_UNKNOWN", "error.risk.hazard.state", text);
        }
    }
}
