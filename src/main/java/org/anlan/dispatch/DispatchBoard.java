package org.anlan.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.TravelTimes;
import org.anlan.duty.DutyDesk;
import org.anlan.duty.DutyLogKind;
import org.anlan.duty.NewDutyLogEntry;
import org.anlan.incident.Incident;
import org.anlan.incident.IncidentDesk;
import org.anlan.incident.IncidentStatus;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.anlan.resource.RescueForces;
import org.anlan.resource.RescueTeam;
import org.anlan.resource.TeamStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dispatch module's API: issue orders to teams and move them through their timeline. */
@Service
public class DispatchBoard {

    private final DispatchOrders orders;
    private final IncidentDesk incidents;
    private final RescueForces forces;
    private final TravelTimes travel;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DutyDesk dutyLog;

    DispatchBoard(DispatchOrders orders, IncidentDesk incidents, RescueForces forces, TravelTimes travel, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock, DutyDesk dutyLog) {
        this.dutyLog = dutyLog;
        this.orders = orders;
        this.incidents = incidents;
        this.forces = forces;
        this.travel = travel;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DispatchOrder order(UUID incidentId, UUID teamId) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        Incident incident = incidents.incident(incidentId);
        if (!incident.open()) {
            throw ApiException.conflict("DISPATCH_INCIDENT_CLOSED", "error.dispatch.incidentClosed");
        }
        RescueTeam team = forces.team(teamId)
                .orElseThrow(() -> ApiException.notFound("TEAM_UNKNOWN", "error.dispatch.teamUnknown", teamId));
        if (team.status() != TeamStatus.ON_DUTY || orders.teamBusy(teamId)) {
            throw ApiException.conflict("DISPATCH_TEAM_UNAVAILABLE", "error.dispatch.teamUnavailable", team.name());
        }
        double minutes = travel.estimate(team.base(), incident.location()).minutes();
        var order = new DispatchOrder(UUID.randomUUID(), incidentId, teamId, team.name(), incident.townshipCode(),
                OrderStatus.ORDERED, minutes, actor.username(), Instant.now(clock), null, null, null, null);
        orders.insert(order);
        forces.changeStatus(teamId, TeamStatus.DISPATCHED);
        if (incident.status() == IncidentStatus.REPORTED || incident.status() == IncidentStatus.CONFIRMED) {
            incidents.changeStatus(incidentId, IncidentStatus.RESPONDING);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("incident", incidentId.toString());
        after.put("team", team.name());
        after.put("estimatedMinutes", minutes);
        audit.record(AuditRecord.of("DISPATCH_ORDER", "DispatchOrder", order.id().toString())
                .inTownship(incident.townshipCode()).changing(null, after));
        dutyLog.log(new NewDutyLogEntry(DutyLogKind.ACTION, null, null,
                "调派" + team.name() + "（预计" + Math.round(minutes) + "分钟到场）", incidentId.toString()));
        events.publishEvent(new BoardChanged(incidentId, order.id(), order.status()));
        return order;
    }

    @Transactional
    public DispatchOrder advance(UUID orderId, OrderStatus next) {
        CurrentActor.requireRole(Role.DUTY_OFFICER, Role.COMMANDER, Role.ADMIN);
        DispatchOrder before = orders.byId(orderId)
                .orElseThrow(() -> ApiException.notFound("DISPATCH_ORDER_UNKNOWN", "error.dispatch.orderUnknown", orderId));
        CurrentActor.requireTownshipAccess(before.townshipCode());
        if (next == null || !next.canFollow(before.status())) {
            throw ApiException.conflict("DISPATCH_STATUS_INVALID", "error.dispatch.statusInvalid", before.status(), next);
        }
        DispatchOrder after = before.advancedTo(next, Instant.now(clock));
        orders.update(after);
        if (!next.active()) {
            forces.changeStatus(before.teamId(), TeamStatus.ON_DUTY);
        }
        audit.record(AuditRecord.of("DISPATCH_" + next.name(), "DispatchOrder", orderId.toString())
                .inTownship(before.townshipCode())
                .changing(Map.of("status", before.status().name()), Map.of("status", next.name())));
        events.publishEvent(new BoardChanged(before.incidentId(), orderId, next));
        return after;
    }

    @Transactional(readOnly = true)
    public List<DispatchOrder> ordersOf(UUID incidentId) {
        incidents.incident(incidentId);
        return orders.ofIncident(incidentId);
    }

    @Transactional(readOnly = true)
    public List<DispatchOrder> active() {
        Actor actor = CurrentActor.require();
        return orders.active(actor.townshipScoped() ? actor.townshipCode() : null);
    }
}
