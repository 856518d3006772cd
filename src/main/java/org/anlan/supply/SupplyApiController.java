package org.anlan.supply;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.supply.SupplyReports.ExpiryAlert;
import org.anlan.supply.SupplyReports.ReserveTarget;
import org.anlan.supply.SupplyReports.Shortfall;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 应急物资 API: depots, the stock ledger, alerts and reports, demands, requisitions and donations. */
@RestController
@RequestMapping("/api/supplies")
@Tag(name = "supplies", description = "应急物资 Depots, stock ledger, demands, requisitions and donations")
class SupplyApiController {

    private static final String MANAGERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')";
    private static final String DESK = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER')";

    record DepotView(Depot depot, Map<String, Long> stock) {
    }

    record IssueRequest(String itemCode, Long quantity, String recipient, String reason) {
    }

    record TransferRequest(UUID toDepotId, String itemCode, Long quantity, String reason) {
    }

    record WriteOffRequest(Long quantity, String reason) {
    }

    record DispatchRequest(UUID depotId, Long quantity) {
    }

    record DonationRequest(String donor, Boolean donorPublic, String itemCode, Long quantity) {
    }

    record InspectionRequest(Long accepted, String note) {
    }

    record StoreRequest(UUID depotId) {
    }

    record AllocationRequest(Long quantity, String recipient) {
    }

    record ReturnRequest(String condition) {
    }

    record CompensationRequest(BigDecimal amountYuan, String basis, LocalDate paidOn) {
    }

    record TransportPlanRequest(String township, String objective) {
    }

    record Reports(List<ExpiryAlert> expiry, List<Shortfall> shortfalls, List<ReserveTarget> reserveTargets) {
    }

    private final SupplyDepots depots;
    private final StockLedger ledger;
    private final SupplyDemands demands;
    private final DonationDesk donations;
    private final Requisitions requisitions;
    private final TransportPlans transportPlans;

    SupplyApiController(SupplyDepots depots, StockLedger ledger, SupplyDemands demands, DonationDesk donations,
                        Requisitions requisitions, TransportPlans transportPlans) {
        this.transportPlans = transportPlans;
        this.depots = depots;
        this.ledger = ledger;
        this.demands = demands;
        this.donations = donations;
        this.requisitions = requisitions;
    }

    @GetMapping("/items")
    @Operation(summary = "The item catalogue with units, shelf life and the per-evacuee needs")
    List<SupplyItem> items() {
        return depots.catalogue();
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DESK)
    @Operation(summary = "Add an item to the catalogue")
    SupplyItem addItem(@RequestBody SupplyItem body) {
        return depots.addItem(body);
    }

    @GetMapping("/depots")
    @Operation(summary = "Depots with the units held per item")
    List<DepotView> depots(@RequestParam(required = false) String township) {
        Map<UUID, Map<String, Long>> stock = depots.stockByDepot();
        return depots.depots().stream().filter(d -> township == null || township.isBlank() || d.townshipCode().equals(township.trim()))
                .map(d -> new DepotView(d, stock.getOrDefault(d.id(), Map.of()))).toList();
    }

    @PostMapping("/depots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register a depot (a township officer: a township- or village-owned one in their township)")
    Depot registerDepot(@RequestBody DepotDraft body) {
        return depots.registerDepot(body);
    }

    @GetMapping("/depots/{id}/batches")
    @Operation(summary = "The batches of a depot with their balances")
    List<StockBatch> batches(@PathVariable UUID id) {
        return ledger.batches(id);
    }

    @GetMapping("/ledger")
    @Operation(summary = "The latest movements of the ledger, of one depot or all")
    List<StockMovement> ledger(@RequestParam(required = false) UUID depot, @RequestParam(defaultValue = "100") int limit) {
        return ledger.movements(depot, limit);
    }

    @PostMapping("/depots/{id}/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Receive stock into a depot (a new batch, or more of a batch number already held)")
    StockBatch receive(@PathVariable UUID id, @RequestBody Receipt body) {
        return ledger.receive(id, body);
    }

    @PostMapping("/depots/{id}/issues")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Issue stock of an item to a recipient, first-expiring batches first; all or nothing")
    List<StockMovement> issue(@PathVariable UUID id, @RequestBody IssueRequest body) {
        return ledger.issue(id, body.itemCode(), body.quantity(), body.recipient(), body.reason(), null);
    }

    @PostMapping("/depots/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Transfer (调拨) stock of an item to another depot; batches keep their numbers and expiry")
    List<StockMovement> transfer(@PathVariable UUID id, @RequestBody TransferRequest body) {
        return ledger.transfer(id, body.toDepotId(), body.itemCode(), body.quantity(), body.reason());
    }

    @PostMapping("/batches/{id}/write-offs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Write off (报损) units of a batch, with the reason")
    StockMovement writeOff(@PathVariable UUID id, @RequestBody WriteOffRequest body) {
        return ledger.writeOff(id, body.quantity(), body.reason());
    }

    @GetMapping("/batches/{id}/movements")
    @Operation(summary = "Every movement of a batch; their sum is its balance")
    List<StockMovement> batchMovements(@PathVariable UUID id) {
        return ledger.movementsOfBatch(id);
    }

    @GetMapping("/reports")
    @Operation(summary = "Expiry and rotation alerts, shortfalls against the minimum-stock rules, reserve areas")
    Reports reports() {
        return new Reports(depots.expiryAlerts(), depots.shortfalls(), depots.reserveTargets());
    }

    @GetMapping("/minimum-rules")
    @Operation(summary = "The minimum-stock rules per depot level")
    List<MinimumStockRule> minimumRules() {
        return depots.minimumRules();
    }

    @GetMapping("/demands")
    @Operation(summary = "Supply demands, by status (OPEN, DISPATCHED, CANCELLED) and township")
    List<SupplyDemand> demands(@RequestParam(required = false) String status, @RequestParam(required = false) String township) {
        return demands.find(blankToNull(status), blankToNull(township));
    }

    @PostMapping("/demands")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Raise a demand for an item at a shelter or township by a deadline")
    SupplyDemand raise(@RequestBody DemandRequest body) {
        return demands.raise(body);
    }

    @PostMapping("/demands/{id}/dispatches")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Dispatch stock from a depot against a demand (moves the ledger)")
    SupplyDemand dispatch(@PathVariable UUID id, @RequestBody DispatchRequest body) {
        return demands.dispatch(id, body.depotId(), body.quantity());
    }

    @PostMapping("/transport-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Propose a transport plan for the open demands (of a township) from the depots you may allocate")
    StoredTransportPlan proposeTransport(@RequestBody(required = false) TransportPlanRequest body) {
        return transportPlans.propose(body == null ? null : body.township(), body == null ? null : body.objective());
    }

    @GetMapping("/transport-plans/{id}")
    @Operation(summary = "A transport plan: shipments, arrivals against deadlines, unmet demand")
    StoredTransportPlan transportPlan(@PathVariable UUID id) {
        return transportPlans.plan(id);
    }

    @PostMapping("/transport-plans/{id}/confirm")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Confirm a proposed plan: every shipment is dispatched against its demand in the ledger")
    StoredTransportPlan confirmTransport(@PathVariable UUID id) {
        return transportPlans.confirm(id);
    }

    @GetMapping("/requisitions")
    @Operation(summary = "The requisition register (征用) with compensation")
    List<Requisition> requisitions() {
        return requisitions.all();
    }

    @PostMapping("/requisitions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register a requisition of goods, a place or a vehicle")
    Requisition requisition(@RequestBody Requisitions.NewRequisition body) {
        return requisitions.register(body);
    }

    @PostMapping("/requisitions/{id}/return")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Record the return of a requisitioned good, place or vehicle")
    Requisition returned(@PathVariable UUID id, @RequestBody ReturnRequest body) {
        return requisitions.markReturned(id, body.condition());
    }

    @PostMapping("/requisitions/{id}/compensations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Record a compensation payment for a requisition")
    Requisition compensate(@PathVariable UUID id, @RequestBody CompensationRequest body) {
        return requisitions.compensate(id, body.amountYuan(), body.basis(), body.paidOn());
    }

    @GetMapping("/donations")
    @Operation(summary = "Donations with their status")
    List<Donation> donations() {
        return donations.donations();
    }

    @PostMapping("/donations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DESK)
    @Operation(summary = "Receive a donation")
    Donation receiveDonation(@RequestBody DonationRequest body) {
        return donations.receive(body.donor(), body.donorPublic(), body.itemCode(), body.quantity());
    }

    @PostMapping("/donations/{id}/inspection")
    @PreAuthorize(DESK)
    @Operation(summary = "Record the inspection: the units accepted (0 rejects)")
    Donation inspect(@PathVariable UUID id, @RequestBody InspectionRequest body) {
        return donations.inspect(id, body.accepted(), body.note());
    }

    @PostMapping("/donations/{id}/storage")
    @PreAuthorize(DESK)
    @Operation(summary = "Store an accepted donation in a depot (it becomes a batch)")
    DonationTrace store(@PathVariable UUID id, @RequestBody StoreRequest body) {
        return donations.store(id, body.depotId());
    }

    @PostMapping("/donations/{id}/allocations")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Allocate units of a stored donation to a recipient")
    DonationTrace allocate(@PathVariable UUID id, @RequestBody AllocationRequest body) {
        return donations.allocate(id, body.quantity(), body.recipient());
    }

    @GetMapping("/donations/{id}/trace")
    @Operation(summary = "A donation traced from donor to recipients")
    DonationTrace trace(@PathVariable UUID id) {
        return donations.trace(id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
