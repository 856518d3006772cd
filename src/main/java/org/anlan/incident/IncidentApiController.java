package org.anlan.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duty desk's JSON API: incidents, grading, upward reports and their deadlines. */
@RestController
@RequestMapping("/api/incidents")
@PreAuthorize("!hasRole('ENTERPRISE_OFFICER')")
@Tag(name = "incidents", description = "突发事件与信息报送 Incidents and upward reporting")
class IncidentApiController {

    record IncidentRequest(String type, Double lat, Double lon, String township, String address, OffsetDateTime occurredAt,
                           String description, Integer dead, Integer missing, Integer seriouslyInjured, Integer injured,
                           Long directLossYuan, Double burnedHectares, String reporterName, String reporterPhone) {
    }

    record IncidentJson(UUID id, String type, String typeName, String category, String severity, String severityName,
                        String computedSeverity, List<String> gradingReasons, String severityOverrideReason,
                        String township, boolean atSea, double lat, double lon, String address, Instant occurredAt,
                        Instant learnedAt, String status, String channel, int dead, int missing, int seriouslyInjured,
                        int injured, long directLossYuan, Double burnedHectares, String description, UUID mergedInto,
                        Instant closedAt) {
        static IncidentJson of(Incident i) {
            return new IncidentJson(i.id(), i.type().code(), i.type().name(), i.type().category().name(), i.severity().name(),
                    i.severity().chinese(), i.computedSeverity().name(), i.gradingReasons(), i.severityOverrideReason(),
                    i.townshipCode(), i.atSea(), i.location().lat(), i.location().lon(), i.address(), i.occurredAt(),
                    i.learnedAt(), i.status().name(), i.channel().name(), i.casualties().dead(), i.casualties().missing(),
                    i.casualties().seriouslyInjured(), i.casualties().injured(), i.directLossYuan(), i.burnedHectares(),
                    i.description(), i.mergedInto(), i.closedAt());
        }
    }

    record SeverityRequest(String severity, String reason) {
    }

    record StatusRequest(IncidentStatus status) {
    }

    record MergeRequest(UUID into) {
    }

    record ReportRequest(ReportKind kind, ReportChannel channel, String recipient, String content) {
    }

    private final IncidentDesk desk;

    IncidentApiController(IncidentDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Operation(summary = "The desk: incidents newest first (open only by default)")
    List<IncidentJson> list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "100") int limit) {
        return desk.desk(open, limit).stream().map(IncidentJson::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('DUTY_OFFICER','COMMANDER','ADMIN','GRID_MEMBER','TOWNSHIP_OFFICER')")
    @Operation(summary = "Log a call (duty desk) or a grid member's report")
    ResponseEntity<Map<String, Object>> report(@RequestBody IncidentRequest body,
                                               @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        var incident = new NewIncident(body.type(), body.lat(), body.lon(), body.township(), body.address(),
                body.occurredAt() == null ? null : body.occurredAt().toInstant(), body.description(),
                casualties(body.dead(), body.missing(), body.seriouslyInjured(), body.injured()),
                body.directLossYuan() == null ? 0 : body.directLossYuan(), body.burnedHectares(), IncidentChannel.DUTY_CALL,
                body.reporterName(), body.reporterPhone(), null);
        IncidentDesk.Intake intake = desk.reportAsUser(incident, key);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", intake.incidentId(), "created", intake.created()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident with its severity (I–IV), township and status")
    IncidentJson incident(@PathVariable UUID id) {
        return IncidentJson.of(desk.incident(id));
    }

    @PutMapping("/{id}/severity")
    @Operation(summary = "Override the computed severity, with a reason")
    IncidentJson overrideSeverity(@PathVariable UUID id, @RequestBody SeverityRequest body) {
        Severity severity = Severity.parse(body.severity())
                .orElseThrow(() -> ApiException.badRequest("SEVERITY_INVALID", "error.incident.severityInvalid"));
        return IncidentJson.of(desk.overrideSeverity(id, severity, body.reason()));
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Confirm, start responding to, or close an incident")
    IncidentJson status(@PathVariable UUID id, @RequestBody StatusRequest body) {
        if (body.status() == null) {
            throw ApiException.badRequest("INCIDENT_STATUS_INVALID", "error.validation");
        }
        return IncidentJson.of(desk.changeStatus(id, body.status()));
    }

    @GetMapping("/{id}/merge-candidates")
    @Operation(summary = "Reports close in time, place and type, offered for merging")
    List<MergeCandidate> mergeCandidates(@PathVariable UUID id) {
        return desk.mergeCandidates(id);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Fold this report into another incident")
    IncidentJson merge(@PathVariable UUID id, @RequestBody MergeRequest body) {
        if (body.into() == null) {
            throw ApiException.badRequest("INCIDENT_MERGE_INVALID", "error.incident.mergeInvalid");
        }
        return IncidentJson.of(desk.merge(id, body.into()));
    }

    @GetMapping("/{id}/reports")
    @Operation(summary = "Upward reports filed (首报/续报/终报)")
    List<UpwardReport> reports(@PathVariable UUID id) {
        return desk.reports(id);
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "File an upward report")
    ResponseEntity<UpwardReport> fileReport(@PathVariable UUID id, @RequestBody ReportRequest body) {
        if (body.kind() == null || body.channel() == null) {
            throw ApiException.badRequest("REPORT_INVALID", "error.incident.reportInvalid");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(desk.fileReport(id, body.kind(), body.channel(), body.recipient(), body.content()));
    }

    @GetMapping("/{id}/obligations")
    @Operation(summary = "Upward-report deadlines: due, met or overdue")
    List<Obligation> obligations(@PathVariable UUID id) {
        return desk.obligations(id);
    }

    @PostMapping(value = "/{id}/photos", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a photo (JPEG or PNG, at most 5 MB)")
    ResponseEntity<IncidentPhoto> attachPhoto(@PathVariable UUID id,
                                              @org.springframework.web.bind.annotation.RequestPart("file")
                                              org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        try (var in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(desk.attachPhoto(id, in));
        }
    }

    @GetMapping("/{id}/photos")
    @Operation(summary = "Photos of an incident")
    List<IncidentPhoto> photos(@PathVariable UUID id) {
        return desk.photos(id);
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(summary = "One photo's bytes")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        IncidentDesk.PhotoContent content = desk.photo(id, photoId);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(content.photo().contentType()))
                .body(content.bytes());
    }

    static Casualties casualties(Integer dead, Integer missing, Integer seriouslyInjured, Integer injured) {
        try {
            return new Casualties(zero(dead), zero(missing), zero(seriouslyInjured), zero(injured));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INCIDENT_FIGURES_INVALID", "error.incident.figuresInvalid");
        }
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
