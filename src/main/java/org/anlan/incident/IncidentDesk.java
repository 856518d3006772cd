package org.anlan.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.duty.DutyDesk;
import org.anlan.duty.DutyLogKind;
import org.anlan.duty.NewDutyLogEntry;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.photo.PhotoStore;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident module's API — the duty desk: intake from every channel, grading, severity overrides, upward
 * reports with their deadlines and escalation, merging and closing. Township officers and grid members see and
 * change only incidents in their own township.
 */
@Service
public class IncidentDesk {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncidentDesk.class);

    public record Intake(UUID incidentId, boolean created) {
    }

    static final int MAX_DESCRIPTION = 2000;
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    private static final Duration MAX_AGE = Duration.ofDays(366);

    private final IntakeWriter writer;
    private final Incidents incidents;
    private final IncidentPlacement placement;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PhotoStore photos;
    private final DutyDesk dutyLog;
    private final ReportingDeadlinePolicy deadlines = ReportingDeadlinePolicy.defaults();
    private final MergeCandidates merging = MergeCandidates.defaults();

    IncidentDesk(IntakeWriter writer, Incidents incidents, IncidentPlacement placement, AuditTrail audit,
                 ApplicationEventPublisher events, Clock clock, PhotoStore photos, DutyDesk dutyLog) {
        this.photos = photos;
        this.dutyLog = dutyLog;
        this.writer = writer;
        this.incidents = incidents;
        this.placement = placement;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a report from any channel and returns once it is durably stored. With an idempotency key, the same
     * key and content return the first incident again; the same key with other content is refused.
     */
    public Intake report(NewIncident report, String idempotencyKey, String actor, String actorRole, String clientAddress) {
        if (idempotencyKey != null && idempotencyKey.length() > 100) {
            throw ApiException.badRequest("IDEMPOTENCY_KEY_INVALID", "error.incident.keyInvalid");
        }
        IncidentType type = IncidentTypes.byCode(report.typeCode() == null ? "" : report.typeCode().trim())
                .orElseThrow(() -> ApiException.badRequest("INCIDENT_TYPE_UNKNOWN", "error.incident.typeUnknown",
                        String.valueOf(report.typeCode())));
        String description = report.description() == null ? "" : report.description().trim();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("INCIDENT_DESCRIPTION_INVALID", "error.incident.descriptionInvalid", MAX_DESCRIPTION);
        }
        Instant now = Instant.now(clock);
        Instant occurredAt = report.occurredAt() == null ? now : report.occurredAt();
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE)) || occurredAt.isBefore(now.minus(MAX_AGE))) {
            throw ApiException.badRequest("INCIDENT_TIME_INVALID", "error.incident.timeInvalid");
        }
        if (report.directLossYuan() < 0 || (report.burnedHectares() != null && report.burnedHectares() < 0)) {
            throw ApiException.badRequest("INCIDENT_FIGURES_INVALID", "error.incident.figuresInvalid");
        }
        IncidentPlacement.Placement where = placement.place(report.lat(), report.lon(), report.townshipCode());
        Casualties casualties = report.casualties() == null ? Casualties.none() : report.casualties();
        Grading grading = SeverityGrader.grade(new IncidentFacts(type, casualties, report.directLossYuan(), report.burnedHectares()));
        var incident = new Incident(IncidentIds.next(now), type, report.channel(), occurredAt, now, where.point(),
                where.townshipCode(), where.atSea(), trimmed(report.address(), 200), casualties, report.directLossYuan(),
                report.burnedHectares(), description, grading.severity(), grading.severity(), grading.reasons(), null,
                IncidentStatus.REPORTED, null, trimmed(report.reporterName(), 60), trimmed(report.reporterPhone(), 40),
                actor, report.sourceRef(), null, now);
        var submission = new IntakeWriter.Submission(incident, blankToNull(idempotencyKey),
                RequestFingerprint.of(type, where.point(), report.occurredAt(), description, casualties,
                        report.directLossYuan()), actor, actorRole, clientAddress,
                new java.util.concurrent.CompletableFuture<>());
        IntakeWriter.IntakeResult result = await(writer.submit(submission));
        if (result.keyReused()) {
            throw ApiException.conflict("IDEMPOTENCY_KEY_REUSED", "error.incident.keyReused");
        }
        return new Intake(result.incidentId(), result.created());
    }

    /** A report by a signed-in user: the duty desk logs a call; grid members and township officers report in their township. */
    public Intake reportAsUser(NewIncident report, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        IncidentChannel channel;
        if (actor.hasAnyRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN)) {
            channel = IncidentChannel.DUTY_CALL;
        } else if (actor.hasAnyRole(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER)) {
            channel = IncidentChannel.GRID;
            IncidentPlacement.Placement where = placement.place(report.lat(), report.lon(), report.townshipCode());
            CurrentActor.requireTownshipAccess(where.townshipCode());
        } else {
            throw new ApiException(HttpStatus.FORBIDDEN, "ROLE_DENIED", "error.role.denied");
        }
        NewIncident withChannel = new NewIncident(report.typeCode(), report.lat(), report.lon(), report.townshipCode(),
                report.address(), report.occurredAt(), report.description(), report.casualties(), report.directLossYuan(),
                report.burnedHectares(), channel, report.reporterName(), report.reporterPhone(), null);
        Intake intake = report(withChannel, idempotencyKey, actor.username(), actor.role().name(), AuditTrail.clientAddress());
        if (intake.created()) {
            dutyLog.log(new NewDutyLogEntry(DutyLogKind.CALL_IN, report.reporterName(), report.reporterPhone(),
                    "接报：" + IncidentTypes.byCode(report.typeCode()).map(IncidentType::name).orElse(report.typeCode())
                            + "，" + abbreviate(report.description()), intake.incidentId().toString()));
        }
        return intake;
    }

    @Transactional(readOnly = true)
    public Incident incident(UUID id) {
        Incident incident = incidents.byId(id)
                .orElseThrow(() -> ApiException.notFound("INCIDENT_UNKNOWN", "error.incident.unknown", id));
        CurrentActor.requireTownshipAccess(incident.townshipCode());
        return incident;
    }

    /** The desk: newest first; a township-scoped user sees only their township. */
    @Transactional(readOnly = true)
    public List<Incident> desk(boolean openOnly, int limit) {
        Actor actor = CurrentActor.require();
        return incidents.recent(actor.townshipScoped() ? actor.townshipCode() : null, openOnly, Math.min(Math.max(limit, 1), 500));
    }

    @Transactional
    public Incident overrideSeverity(UUID id, Severity severity, String reason) {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        Incident before = incident(id);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ApiException.badRequest("SEVERITY_REASON_REQUIRED", "error.incident.severityReason");
        }
        Incident after = before.withSeverity(severity, reason.trim(), Instant.now(clock));
        incidents.updateSeverity(after);
        audit.record(AuditRecord.of("INCIDENT_SEVERITY_OVERRIDE", "Incident", id.toString()).inTownship(after.townshipCode())
                .changing(Map.of("severity", before.severity().name()),
                        Map.of("severity", severity.name(), "reason", reason.trim())));
        return after;
    }

    @Transactional
    public Incident changeStatus(UUID id, IncidentStatus status) {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        Incident before = incident(id);
        if (!before.open() || status == IncidentStatus.MERGED || status == IncidentStatus.REPORTED) {
            throw ApiException.conflict("INCIDENT_STATUS_INVALID", "error.incident.statusInvalid", before.status(), status);
        }
        Instant now = Instant.now(clock);
        Incident after = before.withStatus(status, null, status == IncidentStatus.CLOSED ? now : null, now);
        incidents.updateStatus(after);
        audit.record(AuditRecord.of(status == IncidentStatus.CLOSED ? "INCIDENT_CLOSE" : "INCIDENT_STATUS", "Incident",
                id.toString()).inTownship(after.townshipCode())
                .changing(Map.of("status", before.status().name()), Map.of("status", status.name())));
        return after;
    }

    @Transactional
    public Incident merge(UUID id, UUID into) {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        Incident duplicate = incident(id);
        Incident target = incident(into);
        if (id.equals(into) || !duplicate.open() || !target.open()) {
            throw ApiException.conflict("INCIDENT_MERGE_INVALID", "error.incident.mergeInvalid");
        }
        Instant now = Instant.now(clock);
        Incident merged = duplicate.withStatus(IncidentStatus.MERGED, into, null, now);
        incidents.updateStatus(merged);
        audit.record(AuditRecord.of("INCIDENT_MERGE", "Incident", id.toString()).inTownship(duplicate.townshipCode())
                .changing(Map.of("status", duplicate.status().name()), Map.of("mergedInto", into.toString())));
        return merged;
    }

    @Transactional(readOnly = true)
    public List<MergeCandidate> mergeCandidates(UUID id) {
        Incident incident = incident(id);
        List<IncidentSnapshot> recent = incidents.learnedSince(incident.learnedAt().minus(Duration.ofDays(1))).stream()
                .filter(Incident::open).map(IncidentDesk::snapshot).toList();
        return merging.find(snapshot(incident), recent);
    }

    @Transactional
    public UpwardReport fileReport(UUID id, ReportKind kind, ReportChannel channel, String recipient, String content) {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN, Role.TOWNSHIP_OFFICER);
        Incident incident = incident(id);
        if (kind == ReportKind.FINAL && incident.status() != IncidentStatus.CLOSED) {
            throw ApiException.conflict("FINAL_REPORT_BEFORE_CLOSE", "error.incident.finalBeforeClose");
        }
        if (recipient == null || recipient.isBlank() || recipient.length() > 100 || content == null || content.isBlank()
                || content.length() > 20_000) {
            throw ApiException.badRequest("REPORT_INVALID", "error.incident.reportInvalid");
        }
        var report = new UpwardReport(UUID.randomUUID(), id, kind, channel, Instant.now(clock),
                CurrentActor.require().username(), recipient.trim(), content.trim());
        incidents.insertReport(report);
        dutyLog.log(new NewDutyLogEntry(channel == ReportChannel.PHONE ? DutyLogKind.CALL_OUT : DutyLogKind.ACTION, recipient.trim(),
                null, "报送" + kind.name() + "（" + channel.name() + "）至" + recipient.trim(), id.toString()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("channel", channel.name());
        after.put("recipient", report.recipient());
        audit.record(AuditRecord.of("INCIDENT_UPWARD_REPORT", "Incident", id.toString()).inTownship(incident.townshipCode())
                .changing(null, after));
        return report;
    }

    /** Attaches a photo (JPEG or PNG by content, bounded size); the bytes go to the photo folder. */
    @Transactional
    public IncidentPhoto attachPhoto(UUID id, java.io.InputStream content) throws java.io.IOException {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN, Role.TOWNSHIP_OFFICER, Role.GRID_MEMBER);
        Incident incident = incident(id);
        PhotoStore.StoredPhoto stored = photos.store(id.toString(), content);
        var photo = new IncidentPhoto(UUID.randomUUID(), id, stored.contentType(), stored.size(), stored.sha256(),
                stored.storedName(), CurrentActor.require().username(), Instant.now(clock));
        incidents.insertPhoto(photo);
        audit.record(AuditRecord.of("INCIDENT_PHOTO", "Incident", id.toString()).inTownship(incident.townshipCode())
                .changing(null, Map.of("photo", photo.id().toString(), "sha256", photo.sha256(), "bytes", photo.sizeBytes())));
        return photo;
    }

    @Transactional(readOnly = true)
    public List<IncidentPhoto> photos(UUID id) {
        incident(id);
        return incidents.photos(id);
    }

    /** A photo with its bytes, for serving it. */
    public record PhotoContent(IncidentPhoto photo, byte[] bytes) {
    }

    @Transactional(readOnly = true)
    public PhotoContent photo(UUID id, UUID photoId) {
        IncidentPhoto photo = photos(id).stream().filter(p -> p.id().equals(photoId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("PHOTO_UNKNOWN", "error.notFound"));
        return new PhotoContent(photo, photos.read(photo.storedName()));
    }

    @Transactional(readOnly = true)
    public List<UpwardReport> reports(UUID id) {
        incident(id);
        return incidents.reports(id);
    }

    @Transactional(readOnly = true)
    public List<Obligation> obligations(UUID id) {
        return obligations(incident(id));
    }

    /** Deadlines of an incident already read through {@link #desk} (and so within the reader's scope). */
    @Transactional(readOnly = true)
    List<Obligation> obligations(Incident incident) {
        return obligationsOf(incident, Instant.now(clock));
    }

    /**
     * Raises one escalation per overdue upward report (idempotent: an obligation escalates once). Runs every
     * minute; returns how many escalations it raised.
     */
    @Scheduled(fixedDelayString = "${anlan.incident.escalation-check:PT1M}")
    @Transactional
    public int escalateOverdue() {
        Instant now = Instant.now(clock);
        // an incident learned of within the shortest deadline owes nothing yet: after a surge of reports the sweep
        // reads none of them
        List<Incident> open = incidents.owingReportsLearnedBefore(now.minus(deadlines.shortestDeadline())).stream()
                .filter(i -> i.status() != IncidentStatus.MERGED).toList();
        List<UUID> ids = open.stream().map(Incident::id).toList();
        Map<UUID, List<UpwardReport>> filed = incidents.reportsOf(ids);
        Set<String> escalated = incidents.escalatedObligations(ids);
        int raised = 0;
        for (Incident incident : open) {
            for (Obligation obligation : obligationsOf(incident, filed.getOrDefault(incident.id(), List.of()), now)) {
                String name = obligation.kind() + "/" + obligation.channel();
                if (obligation.state() == ObligationState.OVERDUE
                        && !escalated.contains(Incidents.escalationKey(incident.id(), name))
                        && incidents.recordEscalation(incident.id(), name, obligation.dueAt(), now)) {
                    audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("UPWARD_REPORT_OVERDUE", "Incident",
                            incident.id().toString()).inTownship(incident.townshipCode())
                            .changing(null, Map.of("obligation", name, "dueAt", obligation.dueAt().toString())));
                    events.publishEvent(new UpwardReportOverdue(incident.id(), obligation.kind(), obligation.channel(),
                            obligation.dueAt(), incident.severity(), incident.townshipCode()));
                    raised++;
                }
            }
        }
        return raised;
    }

    @Transactional(readOnly = true)
    public List<Map.Entry<String, Instant>> escalations(UUID id) {
        incident(id);
        return incidents.escalations(id);
    }

    private List<Obligation> obligationsOf(Incident incident, Instant now) {
        return obligationsOf(incident, incidents.reports(incident.id()), now);
    }

    private List<Obligation> obligationsOf(Incident incident, List<UpwardReport> reports, Instant now) {
        List<FiledReport> filed = reports.stream().map(r -> new FiledReport(r.kind(), r.channel(), r.filedAt())).toList();
        return deadlines.obligations(incident.severity(), incident.learnedAt(), incident.closedAt(), filed, now);
    }

    private static IncidentSnapshot snapshot(Incident i) {
        return new IncidentSnapshot(i.id(), i.type().code(), i.type().category(), i.location(), i.occurredAt());
    }

    private static IntakeWriter.IntakeResult await(java.util.concurrent.CompletableFuture<IntakeWriter.IntakeResult> future) {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "INTAKE_BUSY", "error.incident.intakeBusy");
        } catch (ExecutionException e) {
            log.error("Incident intake failed to store a report", e.getCause());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "INTAKE_UNAVAILABLE", "error.incident.intakeUnavailable");
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "INTAKE_UNAVAILABLE", "error.incident.intakeUnavailable");
        }
    }

    private static String trimmed(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static String abbreviate(String text) {
        String t = text == null ? "" : text.trim();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
