package org.anlan.duty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.identity.UserManagement;
import org.anlan.identity.UserSummary;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty module's API (值班值守): rosters of shifts, the shift on duty, handovers and the duty log.
 * Every change is audited in the same transaction.
 */
@Service
public class DutyDesk {

    static final Duration LONGEST_SHIFT = Duration.ofHours(48);
    static final int MAX_OFFICERS = 20;
    static final int MAX_RANGE_DAYS = 62;
    static final int MAX_NOTES = 4000;
    static final int MAX_PENDING_ITEMS = 50;
    static final int MAX_ITEM = 500;
    static final int MAX_SUMMARY = 2000;
    private static final Comparator<DutyShift> PREFERRED_ON_DUTY = Comparator
            .comparingInt((DutyShift s) -> switch (s.status()) {
                case ON -> 0;
                case PLANNED -> 1;
                case DONE -> 2;
            })
            .thenComparing(DutyShift::startsAt, Comparator.reverseOrder());

    private final Shifts shifts;
    private final DutyLogEntries log;
    private final ShiftHours hours;
    private final UserManagement users;
    private final AuditTrail audit;
    private final Clock clock;

    DutyDesk(Shifts shifts, DutyLogEntries log, ShiftHours hours, UserManagement users, AuditTrail audit, Clock clock) {
        this.shifts = shifts;
        this.log = log;
        this.hours = hours;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Puts a new shift on the roster (ADMIN, COMMANDER, DUTY_OFFICER); refused if anyone would be on two shifts at once. */
    @Transactional
    public DutyShift plan(ShiftPlan plan) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        return schedule(UUID.randomUUID(), plan, ShiftStatus.PLANNED);
    }

    /**
     * Replaces the shift with this id, or creates it under this id when there is none (a client-chosen id makes
     * a retried request harmless). A finished shift stays as it was.
     */
    @Transactional
    public DutyShift replan(UUID id, ShiftPlan plan) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        shifts.lockRoster();
        Optional<DutyShift> before = shifts.byId(id);
        if (before.isEmpty()) {
            return schedule(id, plan, ShiftStatus.PLANNED);
        }
        if (before.get().status() == ShiftStatus.DONE) {
            throw ApiException.conflict("DUTY_SHIFT_DONE", "error.duty.shiftDone");
        }
        DutyShift after = checked(id, plan, before.get().status());
        shifts.update(after, now());
        audit.record(AuditRecord.of("DUTY_SHIFT_UPDATE", "DutyShift", id.toString())
                .changing(summary(before.get()), summary(after)));
        return after;
    }

    /** Who of a planned shift would be on another shift at the same time (empty when the plan fits the roster). */
    @Transactional(readOnly = true)
    public List<ShiftConflict> conflicts(ShiftPlan plan, UUID replacing) {
        Window window = window(plan);
        return ShiftConflictPolicy.conflicts(window.start(), window.end(), people(plan), replacing,
                shifts.overlapping(window.start(), window.end()));
    }

    @Transactional(readOnly = true)
    public Optional<DutyShift> shift(UUID id) {
        return shifts.byId(id);
    }

    public DutyShift requireShift(UUID id) {
        return shift(id).orElseThrow(() -> ApiException.notFound("DUTY_SHIFT_UNKNOWN", "error.duty.shiftUnknown"));
    }

    /** The roster: shifts whose duty date lies between {@code from} and {@code to} (inclusive), in time order. */
    @Transactional(readOnly = true)
    public List<DutyShift> roster(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw ApiException.badRequest("DUTY_RANGE_INVALID", "error.duty.rangeInvalid", MAX_RANGE_DAYS);
        }
        return shifts.onDates(from, to);
    }

    /**
     * The shift on duty at an instant: of the shifts whose window covers it, the one that is on, else a planned
     * one, else a finished one; the latest to start among equals.
     */
    @Transactional(readOnly = true)
    public Optional<DutyShift> onDuty(Instant at) {
        Instant instant = at.truncatedTo(ChronoUnit.MICROS);
        return shifts.overlapping(instant, instant.plus(1, ChronoUnit.MICROS)).stream().min(PREFERRED_ON_DUTY);
    }

    @Transactional(readOnly = true)
    public Optional<DutyShift> onDutyNow() {
        return onDuty(now());
    }

    /**
     * The outgoing shift hands over to the incoming one, signed by the current actor, who must be its leader or one
     * of its officers (or an administrator): the outgoing shift is done, the incoming one on. Repeating the same
     * handover returns the recorded one.
     */
    @Transactional
    public Handover handOver(UUID fromShiftId, HandoverRequest request) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        shifts.lockRoster();
        DutyShift from = requireShift(fromShiftId);
        if (!actor.hasAnyRole(Role.ADMIN) && !from.hasMember(actor.username())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "DUTY_HANDOVER_NOT_MEMBER", "error.duty.handoverNotMember");
        }
        String notes = trimmed(request.notes());
        List<String> pending = request.pendingItems().stream().map(DutyDesk::trimmed).filter(i -> i != null).toList();
        if (notes == null || notes.length() > MAX_NOTES || pending.size() > MAX_PENDING_ITEMS
                || pending.stream().anyMatch(i -> i.length() > MAX_ITEM) || request.toShiftId() == null) {
            throw ApiException.badRequest("DUTY_HANDOVER_INVALID", "error.duty.handoverInvalid");
        }
        if (from.status() == ShiftStatus.DONE) {
            return shifts.handoverFrom(from.id())
                    .filter(h -> h.toShiftId().equals(request.toShiftId()) && h.notes().equals(notes)
                            && h.pendingItems().equals(pending))
                    .orElseThrow(() -> ApiException.conflict("DUTY_SHIFT_HANDED_OVER", "error.duty.handedOver"));
        }
        DutyShift to = requireShift(request.toShiftId());
        if (to.id().equals(from.id()) || to.status() != ShiftStatus.PLANNED || to.startsAt().isBefore(from.startsAt())) {
            throw ApiException.conflict("DUTY_HANDOVER_TARGET_INVALID", "error.duty.handoverTarget");
        }
        Instant now = now();
        var handover = new Handover(UUID.randomUUID(), from.id(), to.id(), notes, pending, actor.username(), now);
        shifts.update(from.withStatus(ShiftStatus.DONE), now);
        shifts.update(to.withStatus(ShiftStatus.ON), now);
        shifts.insertHandover(handover);
        append(new NewDutyLogEntry(DutyLogKind.HANDOVER, null, null, handoverSummary(handover), null), from.id(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("toShift", to.id().toString());
        after.put("notes", notes);
        after.put("pendingItems", pending);
        audit.record(AuditRecord.of("DUTY_HANDOVER", "DutyShift", from.id().toString())
                .changing(Map.of("status", from.status().name()), after));
        return handover;
    }

    @Transactional(readOnly = true)
    public Optional<Handover> handoverFrom(UUID shiftId) {
        return shifts.handoverFrom(shiftId);
    }

    @Transactional(readOnly = true)
    public Optional<Handover> latestHandover() {
        return shifts.latestHandover();
    }

    /**
     * Appends an entry to the duty log, written now by the current actor (or the system, for other modules'
     * listeners) and filed under the shift on duty. Role rules for people sit on the web endpoints, because other
     * modules (incident intake) log calls on behalf of their own users.
     */
    @Transactional
    public DutyLogEntry log(NewDutyLogEntry entry) {
        if (entry == null || entry.kind() == null) {
            throw ApiException.badRequest("DUTY_LOG_INVALID", "error.duty.logInvalid");
        }
        Instant now = now();
        return append(entry, onDuty(now).map(DutyShift::id).orElse(null), now);
    }

    /** Duty log entries, newest first (at most {@value DutyLogEntries#MAX_ROWS}). */
    @Transactional(readOnly = true)
    public List<DutyLogEntry> logEntries(DutyLogQuery query) {
        Instant from = query.day() == null ? null : query.day().atStartOfDay(clock.getZone()).toInstant();
        Instant to = query.day() == null ? null : query.day().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return log.find(from, to, query.shiftId(), query.kind());
    }

    /** For the demo roster: plans a shift without an acting user, in a given status. */
    @Transactional
    DutyShift scheduleAsSystem(ShiftPlan plan, ShiftStatus status) {
        return schedule(UUID.randomUUID(), plan, status);
    }

    boolean hasShift(LocalDate dutyDate, ShiftKind kind) {
        return shifts.existsOn(dutyDate, kind);
    }

    private DutyShift schedule(UUID id, ShiftPlan plan, ShiftStatus status) {
        shifts.lockRoster();
        DutyShift shift = checked(id, plan, status);
        shifts.insert(shift, now());
        audit.record(AuditRecord.of("DUTY_SHIFT_CREATE", "DutyShift", id.toString()).changing(null, summary(shift)));
        return shift;
    }

    private DutyShift checked(UUID id, ShiftPlan plan, ShiftStatus status) {
        Window window = window(plan);
        String leader = trimmed(plan.leader());
        if (leader == null) {
            throw ApiException.badRequest("DUTY_LEADER_REQUIRED", "error.duty.leaderRequired");
        }
        List<String> people = people(plan);
        if (people.size() - 1 > MAX_OFFICERS) {
            throw ApiException.badRequest("DUTY_OFFICERS_TOO_MANY", "error.duty.officersTooMany", MAX_OFFICERS);
        }
        for (String person : people) {
            users.find(person).filter(UserSummary::enabled)
                    .orElseThrow(() -> ApiException.badRequest("DUTY_PERSON_UNKNOWN", "error.duty.personUnknown", person));
        }
        List<ShiftConflict> conflicts = ShiftConflictPolicy.conflicts(window.start(), window.end(), people, id,
                shifts.overlapping(window.start(), window.end()));
        if (!conflicts.isEmpty()) {
            ShiftConflict first = conflicts.get(0);
            throw ApiException.conflict("DUTY_SHIFT_CONFLICT", "error.duty.shiftConflict", personLabel(first.person()),
                    shiftLabel(first.other()));
        }
        return new DutyShift(id, window.dutyDate(), plan.kind(), window.start(), window.end(), leader,
                people.subList(1, people.size()), status);
    }

    record Window(LocalDate dutyDate, Instant start, Instant end) {
    }

    private Window window(ShiftPlan plan) {
        if (plan.kind() == null) {
            throw ApiException.badRequest("DUTY_SHIFT_WINDOW_INVALID", "error.duty.windowInvalid");
        }
        if (plan.kind() == ShiftKind.CUSTOM) {
            if (plan.startsAt() == null || plan.endsAt() == null || !plan.endsAt().isAfter(plan.startsAt())
                    || Duration.between(plan.startsAt(), plan.endsAt()).compareTo(LONGEST_SHIFT) > 0) {
                throw ApiException.badRequest("DUTY_SHIFT_WINDOW_INVALID", "error.duty.windowInvalid");
            }
            Instant start = plan.startsAt().truncatedTo(ChronoUnit.MICROS);
            LocalDate date = plan.dutyDate() != null ? plan.dutyDate() : start.atZone(clock.getZone()).toLocalDate();
            return new Window(date, start, plan.endsAt().truncatedTo(ChronoUnit.MICROS));
        }
        if (plan.dutyDate() == null || plan.startsAt() != null || plan.endsAt() != null) {
            throw ApiException.badRequest("DUTY_SHIFT_WINDOW_INVALID", "error.duty.windowInvalid");
        }
        return new Window(plan.dutyDate(), hours.start(plan.dutyDate(), plan.kind()), hours.end(plan.dutyDate(), plan.kind()));
    }

    /** The leader first, then the officers, each once. */
    private static List<String> people(ShiftPlan plan) {
        var people = new LinkedHashSet<String>();
        String leader = trimmed(plan.leader());
        if (leader != null) {
            people.add(leader);
        }
        plan.officers().stream().map(DutyDesk::trimmed).filter(o -> o != null).forEach(people::add);
        return new ArrayList<>(people);
    }

    private DutyLogEntry append(NewDutyLogEntry entry, UUID shiftId, Instant now) {
        String summary = trimmed(entry.summary());
        String callerName = trimmed(entry.callerName());
        String callerPhone = trimmed(entry.callerPhone());
        String incidentId = trimmed(entry.incidentId());
        if (summary == null || summary.length() > MAX_SUMMARY || (callerName != null && callerName.length() > 60)
                || (callerPhone != null && !callerPhone.matches("[0-9+()\\- ]{1,40}"))
                || (incidentId != null && incidentId.length() > 64)) {
            throw ApiException.badRequest("DUTY_LOG_INVALID", "error.duty.logInvalid");
        }
        String author = CurrentActor.find().map(Actor::username).orElse(AuditTrail.SYSTEM_ACTOR);
        var written = new DutyLogEntry(UUID.randomUUID(), now, author, entry.kind(), callerName, callerPhone, summary,
                incidentId, shiftId);
        log.insert(written);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", entry.kind().name());
        after.put("summary", summary);
        after.put("shift", shiftId == null ? null : shiftId.toString());
        after.put("incident", incidentId);
        audit.record(AuditRecord.of("DUTY_LOG_APPEND", "DutyLogEntry", written.id().toString()).changing(null, after));
        return written;
    }

    private String personLabel(String username) {
        return users.find(username).map(u -> u.displayName() + "（" + username + "）").orElse(username);
    }

    private String shiftLabel(DutyShift shift) {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        var end = DateTimeFormatter.ofPattern("HH:mm");
        return time.format(shift.startsAt().atZone(clock.getZone())) + "–" + end.format(shift.endsAt().atZone(clock.getZone()));
    }

    private static String handoverSummary(Handover h) {
        String text = h.pendingItems().isEmpty() ? h.notes() : h.notes() + " | " + String.join("; ", h.pendingItems());
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private static Map<String, Object> summary(DutyShift s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("dutyDate", s.dutyDate().toString());
        state.put("kind", s.kind().name());
        state.put("startsAt", s.startsAt().toString());
        state.put("endsAt", s.endsAt().toString());
        state.put("leader", s.leader());
        state.put("officers", s.officers());
        state.put("status", s.status().name());
        return state;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
