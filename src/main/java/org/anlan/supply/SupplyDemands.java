package org.anlan.supply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supply demands (需求) of shelters and townships, and their dispatch: each dispatch issues stock from one depot
 * against the demand in the ledger, so that what reached a shelter is the ledger's movements for its demands.
 */
@Service
public class SupplyDemands {

    private final Demands demands;
    private final StockLedger ledger;
    private final CountyGeography county;
    private final SupplySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SupplyDemands(Demands demands, StockLedger ledger, CountyGeography county, SupplySettings settings,
                  AuditTrail audit, Clock clock) {
        this.demands = demands;
        this.ledger = ledger;
        this.county = county;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SupplyDemand raise(DemandRequest request) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        SupplyItem item = ledger.requireItem(request.itemCode());
        long quantity = SupplyPolicy.positiveQuantity(request.quantity());
        String kind = SupplyPolicy.required(request.destinationKind(), "destinationKind", 10);
        if (!kind.equals("SHELTER") && !kind.equals("TOWNSHIP")) {
            throw ApiException.badRequest("DEMAND_DESTINATION_INVALID", "error.supply.destination", kind);
        }
        String townshipCode = SupplyPolicy.required(request.townshipCode(), "townshipCode", 20);
        if (!county.exists(townshipCode)) {
            throw ApiException.badRequest("SUPPLY_TOWNSHIP_UNKNOWN", "error.supply.township", townshipCode);
        }
        CurrentActor.requireTownshipAccess(townshipCode);
        String ref = kind.equals("TOWNSHIP") ? townshipCode : SupplyPolicy.required(request.destinationRef(), "destinationRef", 60);
        GeoPoint location = SupplyPolicy.location(request.lat(), request.lon());
        if (location == null) {
            location = county.requireTownship(townshipCode).seat();
        }
        String name = kind.equals("TOWNSHIP") ? county.requireTownship(townshipCode).name()
                : SupplyPolicy.required(request.destinationName(), "destinationName", 100);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant deadline = request.deadline() != null ? request.deadline()
                : now.plus(Duration.ofHours(settings.reliefDeadlineHours()));
        if (!deadline.isAfter(now)) {
            throw ApiException.badRequest("DEMAND_DEADLINE_PAST", "error.supply.deadlinePast");
        }
        SupplyDemand demand = new SupplyDemand(UUID.randomUUID(), item.code(), quantity, kind, ref, name, townshipCode,
                location, deadline, "OPEN", 0, now);
        demands.insert(demand, SupplyPolicy.actorName());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("item", item.code());
        after.put("quantity", quantity);
        after.put("destination", kind + ":" + ref);
        after.put("deadline", deadline.toString());
        audit.record(AuditRecord.of("DEMAND_CREATE", "SupplyDemand", demand.id().toString()).inTownship(townshipCode)
                .changing(null, after));
        return demand;
    }

    @Transactional(readOnly = true)
    public List<SupplyDemand> open() {
        return demands.find("OPEN", null, null, null);
    }

    @Transactional(readOnly = true)
    public List<SupplyDemand> find(String status, String townshipCode) {
        return demands.find(status, null, null, townshipCode);
    }

    @Transactional(readOnly = true)
    public List<SupplyDemand> forDestination(String kind, String ref) {
        return demands.find(null, kind, ref, null);
    }

    @Transactional(readOnly = true)
    public Optional<SupplyDemand> demand(UUID id) {
        return demands.byId(id);
    }

    /** Issues stock from a depot against a demand (all or nothing); the demand is dispatched once fully covered. */
    @Transactional
    public SupplyDemand dispatch(UUID demandId, UUID depotId, Long quantity) {
        SupplyDemand demand = demands.lock(demandId).orElseThrow(() ->
                ApiException.notFound("DEMAND_UNKNOWN", "error.supply.demandUnknown", demandId));
        if (!demand.status().equals("OPEN")) {
            throw ApiException.conflict("DEMAND_NOT_OPEN", "error.supply.demandNotOpen", demandId);
        }
        long amount = SupplyPolicy.positiveQuantity(quantity);
        if (amount > demand.outstanding()) {
            throw ApiException.badRequest("DEMAND_OVER_DELIVERED", "error.supply.overDelivered", amount,
                    demand.outstanding());
        }
        Depot depot = ledger.requireDepot(depotId);
        SupplyPolicy.requireAllocator(depot);
        ledger.issueFefo(depot, ledger.requireItem(demand.itemCode()), amount, MovementKind.OUT,
                demand.destinationName(), "demand " + demand.id(), null, demand.id());
        long delivered = demand.delivered() + amount;
        String status = delivered == demand.quantity() ? "DISPATCHED" : "OPEN";
        demands.delivered(demandId, delivered, status);
        audit.record(AuditRecord.of("DEMAND_DISPATCH", "SupplyDemand", demandId.toString())
                .inTownship(demand.townshipCode())
                .changing(Map.of("delivered", demand.delivered()), Map.of("delivered", delivered, "depot", depot.name())));
        return demands.byId(demandId).orElseThrow();
    }
}
