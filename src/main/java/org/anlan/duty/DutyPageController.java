package org.anlan.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.identity.UserManagement;
import org.anlan.identity.UserSummary;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 值班值守 page: the week's roster, who is on duty, the handover form and the duty log. */
@Controller
class DutyPageController {

    static final Role[] ROSTER_READERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER,
            Role.TOWNSHIP_OFFICER, Role.INSPECTOR, Role.AUDITOR};
    static final Role[] LOG_READERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.AUDITOR};
    static final Role[] DESK = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER};
    static final List<DutyLogKind> FORM_KINDS = List.of(DutyLogKind.CALL_IN, DutyLogKind.CALL_OUT, DutyLogKind.ACTION,
            DutyLogKind.NOTE);

    /** One row of the week grid: the shifts of one kind on each of the seven days. */
    record WeekRow(ShiftKind kind, List<List<DutyShift>> days) {
    }

    private final DutyDesk desk;
    private final UserManagement users;
    private final Clock clock;

    DutyPageController(DutyDesk desk, UserManagement users, Clock clock) {
        this.desk = desk;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/duty")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        CurrentActor.requireRole(ROSTER_READERS);
        Actor actor = CurrentActor.require();
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> week = today.datesUntil(today.plusDays(7)).toList();
        List<DutyShift> roster = desk.roster(today, today.plusDays(6));
        Optional<DutyShift> current = desk.onDutyNow();
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", today);
        model.addAttribute("week", week);
        model.addAttribute("rows", weekRows(week, roster));
        model.addAttribute("names", users.list().stream()
                .collect(Collectors.toMap(UserSummary::username, UserSummary::displayName)));
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("kinds", ShiftKind.values());
        model.addAttribute("desk", actor.hasAnyRole(DESK));
        model.addAttribute("logReader", actor.hasAnyRole(LOG_READERS));
        model.addAttribute("nextShifts", current.map(c -> roster.stream()
                .filter(s -> s.status() == ShiftStatus.PLANNED && !s.startsAt().isBefore(c.startsAt()) && !s.id().equals(c.id()))
                .sorted(Comparator.comparing(DutyShift::startsAt)).limit(4).toList()).orElse(List.of()));
        if (actor.hasAnyRole(LOG_READERS)) {
            model.addAttribute("latestHandover", desk.latestHandover().orElse(null));
            logModel(day == null ? today : day, model);
        }
        return "duty/index";
    }

    @PostMapping("/duty/log")
    String log(@RequestParam String kind, @RequestParam(required = false) String callerName,
               @RequestParam(required = false) String callerPhone, @RequestParam(required = false) String summary,
               @RequestParam(required = false) String incidentId,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        CurrentActor.requireRole(DESK);
        String errorKey = null;
        Object[] errorArgs = null;
        try {
            DutyLogKind parsed = Arrays.stream(DutyLogKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("DUTY_LOG_INVALID", "error.duty.logInvalid"));
            desk.log(new NewDutyLogEntry(parsed, callerName, callerPhone, summary, incidentId));
        } catch (ApiException e) {
            errorKey = e.messageKey();
            errorArgs = e.arguments();
        }
        if (htmx != null) {
            logModel(LocalDate.now(clock), model);
            model.addAttribute("zone", clock.getZone());
            model.addAttribute("desk", true);
            model.addAttribute("logReader", true);
            model.addAttribute("logSaved", errorKey == null);
            model.addAttribute("logErrorKey", errorKey);
            model.addAttribute("logErrorArgs", errorArgs);
            return "duty/index :: log";
        }
        redirect.addFlashAttribute("logSaved", errorKey == null);
        redirect.addFlashAttribute("logErrorKey", errorKey);
        redirect.addFlashAttribute("logErrorArgs", errorArgs);
        return "redirect:/duty";
    }

    @PostMapping("/duty/handover")
    String handOver(@RequestParam UUID fromShiftId, @RequestParam(required = false) UUID toShiftId,
                    @RequestParam(required = false) String notes, @RequestParam(required = false) String pendingItems,
                    RedirectAttributes redirect) {
        CurrentActor.requireRole(DESK);
        try {
            List<String> items = pendingItems == null ? List.of() : pendingItems.lines().filter(l -> !l.isBlank()).toList();
            desk.handOver(fromShiftId, new HandoverRequest(toShiftId, notes, items));
            redirect.addFlashAttribute("handedOver", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/duty";
    }

    @PostMapping("/duty/shifts")
    String plan(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyDate,
                @RequestParam ShiftKind kind, @RequestParam(required = false) String leader,
                @RequestParam(required = false) String officers, RedirectAttributes redirect) {
        CurrentActor.requireRole(DESK);
        try {
            List<String> people = officers == null ? List.of()
                    : Arrays.stream(officers.split("[,，\\s]+")).filter(o -> !o.isBlank()).toList();
            desk.plan(ShiftPlan.of(dutyDate, kind, leader, people));
            redirect.addFlashAttribute("planned", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/duty";
    }

    private void logModel(LocalDate day, Model model) {
        model.addAttribute("logDay", day);
        model.addAttribute("entries", desk.logEntries(DutyLogQuery.ofDay(day)));
        model.addAttribute("logKinds", FORM_KINDS);
    }

    private static List<WeekRow> weekRows(List<LocalDate> week, List<DutyShift> roster) {
        Map<ShiftKind, Map<LocalDate, List<DutyShift>>> byKindAndDay = roster.stream().collect(Collectors.groupingBy(
                DutyShift::kind, Collectors.groupingBy(DutyShift::dutyDate)));
        return Arrays.stream(ShiftKind.values())
                .filter(kind -> kind != ShiftKind.CUSTOM || byKindAndDay.containsKey(kind))
                .map(kind -> new WeekRow(kind, week.stream()
                        .map(d -> byKindAndDay.getOrDefault(kind, Map.of()).getOrDefault(d, List.of())).toList()))
                .toList();
    }
}
