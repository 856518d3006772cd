package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 预警发布 API: the lifecycle, versions, CAP export and import, lead times. Role rules sit in {@link WarningDesk}. */
@RestController
@Tag(name = "warnings", description = "预警发布 Warnings, CAP 1.2 (GB/T 35965.1), lead time")
class WarningApiController {

    static final MediaType CAP_XML = MediaType.parseMediaType("application/cap+xml");

    record ReasonRequest(String reason) {
    }

    record OnsetRequest(Instant observedOnsetAt) {
    }

    record WarningView(Warning warning, Long leadTimeMinutes, String status) {
        static WarningView of(Warning w) {
            return new WarningView(w, w.leadTimeMinutes(), w.status().name());
        }
    }

    private final WarningDesk desk;
    private final WarningDissemination dissemination;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final CapProfile profile;

    WarningApiController(WarningDesk desk, WarningDissemination dissemination, MessageSource messages,
                         java.time.Clock clock, CapProfile profile) {
        this.desk = desk;
        this.dissemination = dissemination;
        this.messages = messages;
        this.clock = clock;
        this.profile = profile;
    }

    @GetMapping("/api/warnings/{id}/delivery")
    @Operation(summary = "Delivery progress per channel, coverage per township and the officials called (叫应)")
    WarningDissemination.DeliveryProgress delivery(@PathVariable UUID id) {
        desk.get(id);
        return dissemination.progress(id);
    }

    @PostMapping("/api/warnings/{id}/callouts/{calloutId}/acknowledge")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','TOWNSHIP_OFFICER')")
    ResponseEntity<Void> acknowledge(@PathVariable UUID id, @PathVariable long calloutId) {
        dissemination.acknowledge(id, calloutId);
        return ResponseEntity.noContent().build();
    }

    /** The public Atom feed of active warnings, each entry carrying its CAP 1.2 alert. */
    @GetMapping(value = {"/api/warnings/feed", "/cap/feed.atom"}, produces = "application/atom+xml")
    ResponseEntity<String> feed(jakarta.servlet.http.HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AtomFeed.write(desk.activeAsCap(), base, Instant.now(clock), profile.senderName()));
    }

    @GetMapping("/api/warnings")
    @Operation(summary = "Warnings newest first (a township officer sees those naming their township)")
    List<Warning> list(@RequestParam(required = false) String township, @RequestParam(required = false) String status) {
        return desk.list(township, status);
    }

    @GetMapping("/api/warnings/{id}")
    @Operation(summary = "One warning with its lead time")
    WarningView get(@PathVariable UUID id) {
        return WarningView.of(desk.get(id));
    }

    @GetMapping("/api/warnings/{id}/versions")
    @Operation(summary = "Every kept revision of a warning")
    List<WarningRevision> versions(@PathVariable UUID id) {
        return desk.revisions(id);
    }

    @GetMapping(value = "/api/warnings/{id}/cap", produces = "application/cap+xml")
    @Operation(summary = "The warning as CAP 1.2 with the GB/T 35965.1 profile")
    ResponseEntity<String> cap(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(CAP_XML).body(desk.cap(id));
    }

    @GetMapping("/api/warnings/lead-times")
    @Operation(summary = "Lead time per warning and in aggregate against the 60-minute target")
    LeadTimeReport leadTimes() {
        return desk.leadTimes();
    }

    @PostMapping("/api/warnings")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','TOWNSHIP_OFFICER')")
    ResponseEntity<Warning> draft(@RequestBody WarningDraft draft) {
        Warning warning = desk.draft(draft);
        return ResponseEntity.created(URI.create("/api/warnings/" + warning.id())).body(warning);
    }

    @PutMapping("/api/warnings/{id}")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','TOWNSHIP_OFFICER')")
    Warning edit(@PathVariable UUID id, @RequestBody WarningDraft draft) {
        return desk.edit(id, draft);
    }

    @PostMapping("/api/warnings/{id}/submit")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','TOWNSHIP_OFFICER')")
    Warning submit(@PathVariable UUID id) {
        return desk.submit(id);
    }

    @PostMapping("/api/warnings/{id}/approve")
    @PreAuthorize("hasRole('COMMANDER')")
    Warning approve(@PathVariable UUID id) {
        return desk.approve(id);
    }

    @PostMapping("/api/warnings/{id}/send-back")
    @PreAuthorize("hasRole('COMMANDER')")
    Warning sendBack(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request) {
        return desk.sendBack(id, request == null ? null : request.reason());
    }

    @PostMapping("/api/warnings/{id}/update")
    @PreAuthorize("hasRole('COMMANDER')")
    Warning update(@PathVariable UUID id, @RequestBody WarningDraft draft) {
        return desk.update(id, draft);
    }

    @PostMapping("/api/warnings/{id}/cancel")
    @PreAuthorize("hasRole('COMMANDER')")
    Warning cancel(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request) {
        return desk.cancel(id, request == null ? null : request.reason());
    }

    @PostMapping("/api/warnings/{id}/onset")
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN')")
    WarningView onset(@PathVariable UUID id, @RequestBody OnsetRequest request) {
        return WarningView.of(desk.recordOnset(id, request == null ? null : request.observedOnsetAt()));
    }

    /** Imports one CAP 1.1/1.2 message; 201 for a new warning, 200 when it was imported before. */
    @PostMapping(value = "/api/cap", consumes = {"application/cap+xml", "application/xml", "text/xml"})
    @PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','DUTY_OFFICER','COMMANDER','ADMIN')")
    ResponseEntity<Warning> importCap(@RequestBody byte[] message) {
        WarningDesk.CapImport imported = desk.importCap(message);
        return ResponseEntity.status(imported.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/warnings/" + imported.warning().id())).body(imported.warning());
    }

    @ExceptionHandler(WarningDesk.CapRejected.class)
    ResponseEntity<ProblemDetail> capRejected(WarningDesk.CapRejected e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Bad Request");
        problem.setProperty("messageKey", "error.warning.capInvalid");
        problem.setProperty("code", "CAP_INVALID");
        problem.setProperty("message", messages.getMessage("error.warning.capInvalid", new Object[]{e.problems().size()},
                LocaleContextHolder.getLocale()));
        problem.setProperty("problems", e.problems().stream().map(p -> p.path() + ": " + p.reason()).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
