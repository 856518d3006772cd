package org.anlan.duty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/**
 * The duty desk's JSON API. Rosters are read by every county-level role (not by enterprises or grid members);
 * administrators, commanders and duty officers plan them, write the log and hand over; auditors read everything.
 */
@RestController
@RequestMapping("/api/duty")
@Tag(name = "duty", description = "值班值守 Duty rosters, handovers and the duty log")
class DutyApiController {

    static final String ROSTER_READERS =
            "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','DEPARTMENT_OFFICER','TOWNSHIP_OFFICER','INSPECTOR','AUDITOR')";
    static final String LOG_READERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','AUDITOR')";
    static final String DESK = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER')";

    record ShiftRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyDate, @NotNull ShiftKind kind,
                        Instant startsAt, Instant endsAt, @NotBlank @Size(max = 40) String leader,
                        @Size(max = DutyDesk.MAX_OFFICERS) List<@NotBlank @Size(max = 40) String> officers) {
        ShiftPlan plan() {
            return new ShiftPlan(dutyDate, kind, startsAt, endsAt, leader, officers);
        }
    }

    record HandoverJson(@NotNull UUID toShiftId, @NotBlank @Size(max = DutyDesk.MAX_NOTES) String notes,
                        @Size(max = DutyDesk.MAX_PENDING_ITEMS) List<@NotNull @Size(max = DutyDesk.MAX_ITEM) String> pendingItems) {
    }

    record LogRequest(@NotNull DutyLogKind kind, @Size(max = 60) String callerName,
                      @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*") String callerPhone,
                      @NotBlank @Size(max = DutyDesk.MAX_SUMMARY) String summary, @Size(max = 64) String incidentId) {
    }

    private final DutyDesk desk;
    private final Clock clock;

    DutyApiController(DutyDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/shifts")
    @PreAuthorize(ROSTER_READERS)
    @Operation(summary = "The roster: shifts by duty date, from today for a week unless from/to (inclusive) are given")
    List<DutyShift> roster(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate first = from != null ? from : LocalDate.now(clock);
        return desk.roster(first, to != null ? to : first.plusDays(6));
    }

    @PostMapping("/shifts")
    @PreAuthorize(DESK)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a shift (DAY/NIGHT on a duty date, or CUSTOM with startsAt/endsAt); 409 DUTY_SHIFT_CONFLICT "
            + "when someone would be on two overlapping shifts")
    DutyShift plan(@Valid @RequestBody ShiftRequest request) {
        return desk.plan(request.plan());
    }

    @GetMapping("/shifts/current")
    @PreAuthorize(ROSTER_READERS)
    @Operation(summary = "The shift on duty now (204 when none is)")
    ResponseEntity<DutyShift> current() {
        return desk.onDutyNow().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/shifts/{id}")
    @PreAuthorize(ROSTER_READERS)
    @Operation(summary = "One shift")
    DutyShift shift(@PathVariable UUID id) {
        return desk.requireShift(id);
    }

    @PutMapping("/shifts/{id}")
    @PreAuthorize(DESK)
    @Operation(summary = "Replace a shift's window and people, or create it under this id; a finished shift is refused")
    DutyShift replan(@PathVariable UUID id, @Valid @RequestBody ShiftRequest request) {
        return desk.replan(id, request.plan());
    }

    @PostMapping("/shifts/{id}/handover")
    @PreAuthorize(DESK)
    @Operation(summary = "Hand over from this shift to the next (by its leader or officers, or an administrator); "
            + "repeating the same handover returns the recorded one")
    Handover handOver(@PathVariable UUID id, @Valid @RequestBody HandoverJson request) {
        return desk.handOver(id, new HandoverRequest(request.toShiftId(), request.notes(), request.pendingItems()));
    }

    @GetMapping("/shifts/{id}/handover")
    @PreAuthorize(LOG_READERS)
    @Operation(summary = "The handover from this shift")
    Handover handover(@PathVariable UUID id) {
        desk.requireShift(id);
        return desk.handoverFrom(id)
                .orElseThrow(() -> ApiException.notFound("DUTY_HANDOVER_UNKNOWN", "error.duty.handoverUnknown"));
    }

    @GetMapping("/log")
    @PreAuthorize(LOG_READERS)
    @Operation(summary = "Duty log entries, newest first, by day (default today), shift and kind")
    List<DutyLogEntry> log(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                           @RequestParam(required = false) UUID shiftId, @RequestParam(required = false) DutyLogKind kind) {
        LocalDate wanted = day == null && shiftId == null ? LocalDate.now(clock) : day;
        return desk.logEntries(new DutyLogQuery(wanted, shiftId, kind));
    }

    @PostMapping("/log")
    @PreAuthorize(DESK)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Append a call, action or note to the duty log (entries are never changed)")
    DutyLogEntry append(@Valid @RequestBody LogRequest request) {
        return desk.log(new NewDutyLogEntry(request.kind(), request.callerName(), request.callerPhone(), request.summary(),
                request.incidentId()));
    }
}
