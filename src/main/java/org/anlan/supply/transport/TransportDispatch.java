package org.anlan.supply.transport;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.anlan.supply.Depot;
import org.anlan.supply.SupplyDemand;
import org.anlan.supply.SupplyDemands;
import org.anlan.supply.SupplyDepots;
import org.anlan.supply.transport.TransportRequest.Objective;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transport plans for the stored open demands from the stored depots' stock: a proposal, and its confirmation,
 * which dispatches every shipment against its demand — each dispatch issues the stock in the ledger — in one
 * transaction, so a plan is confirmed whole or not at all.
 */
@Service
public class TransportDispatch {

    private static final Role[] ALLOCATORS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};

    private final SupplyDemands demands;
    private final SupplyDepots depots;
    private final TransportPlanning planning;

    TransportDispatch(SupplyDemands demands, SupplyDepots depots, TransportPlanning planning) {
        this.demands = demands;
        this.depots = depots;
        this.planning = planning;
    }

    /** The plan for the open demands (of one township, or all the user sees) from the depots the user may allocate. */
    @Transactional(readOnly = true)
    public TransportPlan propose(String townshipCode, Objective objective) {
        CurrentActor.requireRole(ALLOCATORS);
        Actor actor = CurrentActor.require();
        if (townshipCode != null) {
            CurrentActor.requireTownshipAccess(townshipCode);
        }
        String scope = townshipCode != null ? townshipCode : actor.townshipScoped() ? actor.townshipCode() : null;
        return plan(actor, demands.find("OPEN", scope), objective);
    }

    /**
     * Plans the named open demands (those the user saw in a proposal) and dispatches every shipment — the ledger
     * moves — in this one transaction: the plan is confirmed whole or not at all.
     */
    @Transactional
    public TransportPlan confirm(List<UUID> demandIds, Objective objective) {
        CurrentActor.requireRole(ALLOCATORS);
        Actor actor = CurrentActor.require();
        if (demandIds == null) {
            throw ApiException.badRequest("TRANSPORT_LIST_MISSING", "error.supply.transport.listMissing", "demands");
        }
        List<SupplyDemand> chosen = demandIds.stream().distinct().map(id -> {
            SupplyDemand demand = demands.demand(id).orElseThrow(() ->
                    ApiException.notFound("DEMAND_UNKNOWN", "error.supply.demandUnknown", id));
            CurrentActor.requireTownshipAccess(demand.townshipCode());
            return demand;
        }).filter(demand -> demand.status().equals("OPEN")).toList();
        TransportPlan plan = plan(actor, chosen, objective);
        for (TransportPlan.Shipment shipment : plan.shipments()) {
            demands.dispatch(UUID.fromString(shipment.demand()), UUID.fromString(shipment.depot()), shipment.quantity());
        }
        return plan;
    }

    private TransportPlan plan(Actor actor, List<SupplyDemand> chosen, Objective objective) {
        List<TransportRequest.Demand> open = chosen.stream()
                .filter(d -> d.outstanding() > 0 && d.location() != null)
                .map(TransportDispatch::demandOf).toList();
        Map<UUID, Map<String, Long>> stock = depots.stockByDepot();
        List<TransportRequest.Depot> usable = depots.depots().stream()
                .filter(depot -> depot.location() != null && mayAllocate(actor, depot))
                .map(depot -> depotOf(depot, stock.getOrDefault(depot.id(), Map.of()))).toList();
        return planning.plan(new TransportRequest(null, null, objective, open, usable, null));
    }

    /** The rule SupplyDemands.dispatch enforces: county-owned stock is allocated by the county only. */
    private static boolean mayAllocate(Actor actor, Depot depot) {
        return actor.mayAccessTownship(depot.townshipCode())
                && !(actor.townshipScoped() && depot.ownerLevel().name().equals("COUNTY"));
    }

    private static TransportRequest.Demand demandOf(SupplyDemand demand) {
        return new TransportRequest.Demand(demand.id().toString(), demand.itemCode(), demand.outstanding(),
                demand.destinationName(), demand.townshipCode(), demand.location().lat(), demand.location().lon(),
                demand.deadline());
    }

    private static TransportRequest.Depot depotOf(Depot depot, Map<String, Long> stock) {
        return new TransportRequest.Depot(depot.id().toString(),
                TransportRequest.Level.valueOf(depot.ownerLevel().name()), depot.townshipCode(),
                depot.location().lat(), depot.location().lon(), stock, null);
    }
}
