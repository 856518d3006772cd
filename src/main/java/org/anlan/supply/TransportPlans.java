package org.anlan.supply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.supply.transport.TransportPlan;
import org.anlan.supply.transport.TransportPlanning;
import org.anlan.supply.transport.TransportRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transport plans over the open demands: the depots the actor may allocate (a township officer: their
 * township's non-county depots) with their unexpired stock go to the transport solver, which minimises the
 * total time and reports deadlines and unmet demand; the proposal is stored, and confirming it dispatches every
 * shipment against its demand in one transaction (all or nothing; a stock change since the proposal is refused).
 */
@Service
public class TransportPlans {

    private final JdbcClient jdbc;
    private final Depots depots;
    private final Stock stock;
    private final Demands demands;
    private final SupplyDemands dispatcher;
    private final TransportPlanning planning;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    TransportPlans(JdbcClient jdbc, Depots depots, Stock stock, Demands demands, SupplyDemands dispatcher,
                   TransportPlanning planning, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.depots = depots;
        this.stock = stock;
        this.demands = demands;
        this.dispatcher = dispatcher;
        this.planning = planning;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a plan for the open demands (of one township, or all the actor may see) by total time. */
    @Transactional
    public StoredTransportPlan propose(String townshipCode, String objective) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        Actor actor = CurrentActor.require();
        String township = SupplyPolicy.trimmed(townshipCode);
        if (township == null && actor.townshipScoped()) {
            township = actor.townshipCode();
        }
        if (township != null) {
            CurrentActor.requireTownshipAccess(township);
        }
        TransportRequest.Objective goal;
        try {
            goal = objective == null || objective.isBlank() ? TransportRequest.Objective.TOTAL_TIME
                    : TransportRequest.Objective.valueOf(objective.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("TRANSPORT_OBJECTIVE_UNKNOWN", "error.supply.objective", objective);
        }
        List<SupplyDemand> open = demands.find("OPEN", null, null, township);
        if (open.isEmpty()) {
            throw ApiException.conflict("TRANSPORT_NO_DEMANDS", "error.supply.noDemands");
        }
        Map<UUID, Map<String, Long>> issuable = new HashMap<>();
        stock.issuableBalances(LocalDate.now(clock)).forEach(b ->
                issuable.computeIfAbsent(b.depotId(), id -> new LinkedHashMap<>()).put(b.itemCode(), b.quantity()));
        List<TransportRequest.Depot> sources = new ArrayList<>();
        for (Depot d : depots.all()) {
            if (SupplyPolicy.mayAllocate(actor, d) && issuable.containsKey(d.id())) {
                sources.add(new TransportRequest.Depot(d.id().toString(), TransportRequest.Level.valueOf(d.ownerLevel().name()),
                        d.townshipCode(), d.location().lat(), d.location().lon(), issuable.get(d.id()), null));
            }
        }
        List<TransportRequest.Demand> wanted = open.stream().map(d -> new TransportRequest.Demand(d.id().toString(),
                d.itemCode(), d.outstanding(), d.destinationName(), d.townshipCode(), d.location().lat(),
                d.location().lon(), d.deadline())).toList();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        TransportPlan plan = planning.plan(new TransportRequest(now, null, goal, wanted, sources, null));
        UUID id = UUID.randomUUID();
        long unmet = plan.unmet().stream().mapToLong(TransportPlan.Unmet::quantity).sum();
        jdbc.sql("""
                        INSERT INTO transport_plan (id, township_code, status, all_on_time, unmet, result, created_by, created_at)
                        VALUES (:id, :township, 'PROPOSED', :onTime, :unmet, CAST(:result AS jsonb), :by, :at)""")
                .param("id", id).param("township", township).param("onTime", plan.allOnTime()).param("unmet", unmet)
                .param("result", json.writeValueAsString(plan)).param("by", actor.username()).param("at", Stock.utc(now))
                .update();
        int seq = 0;
        for (TransportPlan.Shipment s : plan.shipments()) {
            jdbc.sql("""
                            INSERT INTO transport_shipment (plan_id, seq, depot_id, demand_id, item_code, quantity)
                            VALUES (:plan, :seq, :depot, :demand, :item, :quantity)""")
                    .param("plan", id).param("seq", seq++).param("depot", UUID.fromString(s.depot()))
                    .param("demand", UUID.fromString(s.demand())).param("item", s.item()).param("quantity", s.quantity())
                    .update();
        }
        audit.record(AuditRecord.of("TRANSPORT_PLAN_PROPOSE", "TransportPlan", id.toString()).inTownship(township)
                .changing(null, Map.of("shipments", plan.shipments().size(), "unmet", unmet, "allOnTime", plan.allOnTime())));
        return plan(id);
    }

    /** Dispatches every shipment of a proposed plan against its demand; the ledger moves in the same transaction. */
    @Transactional
    public StoredTransportPlan confirm(UUID id) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        StoredTransportPlan plan = jdbc.sql("SELECT id FROM transport_plan WHERE id = :id FOR UPDATE").param("id", id)
                .query(UUID.class).optional().map(this::plan)
                .orElseThrow(() -> ApiException.notFound("TRANSPORT_PLAN_UNKNOWN", "error.supply.planUnknown", id));
        if (plan.townshipCode() != null) {
            CurrentActor.requireTownshipAccess(plan.townshipCode());
        }
        if (!plan.status().equals("PROPOSED")) {
            throw ApiException.conflict("TRANSPORT_PLAN_CONFIRMED", "error.supply.planConfirmed", id);
        }
        List<Map<String, Object>> shipments = jdbc.sql("SELECT * FROM transport_shipment WHERE plan_id = :id ORDER BY seq")
                .param("id", id).query().listOfRows();
        for (Map<String, Object> s : shipments) {
            dispatcher.dispatch((UUID) s.get("demand_id"), (UUID) s.get("depot_id"), ((Number) s.get("quantity")).longValue());
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE transport_plan SET status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at WHERE id = :id")
                .param("by", SupplyPolicy.actorName()).param("at", Stock.utc(now)).param("id", id).update();
        audit.record(AuditRecord.of("TRANSPORT_PLAN_CONFIRM", "TransportPlan", id.toString()).inTownship(plan.townshipCode())
                .changing(Map.of("status", "PROPOSED"), Map.of("status", "CONFIRMED", "shipments", shipments.size())));
        return plan(id);
    }

    @Transactional(readOnly = true)
    public StoredTransportPlan plan(UUID id) {
        return jdbc.sql("SELECT * FROM transport_plan WHERE id = :id").param("id", id)
                .query((rs, row) -> {
                    OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
                    return new StoredTransportPlan(rs.getObject("id", UUID.class), rs.getString("township_code"),
                            rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getString("created_by"), confirmed == null ? null : confirmed.toInstant(),
                            json.readValue(rs.getString("result"), TransportPlan.class));
                }).optional()
                .orElseThrow(() -> ApiException.notFound("TRANSPORT_PLAN_UNKNOWN", "error.supply.planUnknown", id));
    }
}
