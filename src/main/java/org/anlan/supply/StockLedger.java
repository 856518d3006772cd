package org.anlan.supply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock ledger (台账): receipts, issues, transfers between depots and write-offs, always as movements on
 * batches. The database keeps every balance equal to the sum of its batch's movements and never below zero
 * (V90's trigger and CHECK); here the batches are locked ({@code SELECT … FOR UPDATE}) before they are read, so
 * that concurrent issues queue on the batch instead of both seeing the same balance, and a shortage is refused
 * with a clear error before anything is written.
 */
@Service
public class StockLedger {

    private static final Set<String> RECEIPT_SOURCES = Set.of("PURCHASE", "DONATION", "RETURN");
    private final Stock stock;
    private final Depots depots;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    StockLedger(Stock stock, Depots depots, Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.stock = stock;
        this.depots = depots;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StockBatch receive(UUID depotId, Receipt receipt) {
        Depot depot = requireDepot(depotId);
        SupplyPolicy.requireAllocator(depot);
        return receiveInto(depot, receipt, null);
    }

    /** Receives without the caller's depot permission check: for donations stored by the county desk. */
    StockBatch receiveInto(Depot depot, Receipt receipt, String recipientNote) {
        SupplyItem item = requireItem(receipt.itemCode());
        long quantity = SupplyPolicy.positiveQuantity(receipt.quantity());
        String source = receipt.source() == null ? "PURCHASE" : receipt.source().trim().toUpperCase(java.util.Locale.ROOT);
        if (!RECEIPT_SOURCES.contains(source)) {
            throw ApiException.badRequest("STOCK_SOURCE_UNKNOWN", "error.supply.source", receipt.source());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = receipt.receivedOn() == null ? today : receipt.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw ApiException.badRequest("STOCK_RECEIVED_IN_FUTURE", "error.supply.receivedInFuture", receivedOn);
        }
        LocalDate expiresOn = receipt.expiresOn() != null ? receipt.expiresOn()
                : item.shelfLifeDays() == null ? null : receivedOn.plusDays(item.shelfLifeDays());
        if (expiresOn != null && expiresOn.isBefore(receivedOn)) {
            throw ApiException.badRequest("STOCK_EXPIRY_BEFORE_RECEIPT", "error.supply.expiryBeforeReceipt", expiresOn);
        }
        String batchNo = SupplyPolicy.optional(receipt.batchNo(), "batchNo", 60);
        if (batchNo == null) {
            batchNo = receivedOn + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        Instant now = now();
        StockBatch batch = stock.batch(depot.id(), item.code(), batchNo).orElse(null);
        if (batch == null) {
            batch = new StockBatch(UUID.randomUUID(), depot.id(), item.code(), batchNo, receivedOn, expiresOn, source, 0);
            stock.insertBatch(batch, now);
        }
        String reason = SupplyPolicy.optional(receipt.reason(), "reason", 200);
        move(batch, MovementKind.IN, quantity, reason, recipientNote, null, null, now);
        auditMovement("STOCK_IN", depot, item.code(), batch.batchNo(), quantity, reason, null);
        return stock.batch(batch.id()).orElseThrow();
    }

    /** Issues stock of an item from a depot, first-expiring batches first; all or nothing. */
    @Transactional
    public List<StockMovement> issue(UUID depotId, String itemCode, Long quantity, String recipient, String reason,
                                     UUID demandId) {
        Depot depot = requireDepot(depotId);
        SupplyPolicy.requireAllocator(depot);
        String to = SupplyPolicy.required(recipient, "recipient", 200);
        return issueFefo(depot, requireItem(itemCode), SupplyPolicy.positiveQuantity(quantity), MovementKind.OUT, to,
                SupplyPolicy.optional(reason, "reason", 200), null, demandId);
    }

    /** Issues from one batch (a donated batch allocated to its recipient, say). */
    @Transactional
    public StockMovement issueFromBatch(UUID batchId, Long quantity, String recipient, String reason) {
        StockBatch batch = stock.lockBatch(batchId).orElseThrow(() ->
                ApiException.notFound("STOCK_BATCH_UNKNOWN", "error.supply.batchUnknown", batchId));
        Depot depot = requireDepot(batch.depotId());
        SupplyPolicy.requireAllocator(depot);
        long amount = SupplyPolicy.positiveQuantity(quantity);
        String to = SupplyPolicy.required(recipient, "recipient", 200);
        if (batch.balance() < amount) {
            throw StockShortage.of(depot.name(), batch.itemCode(), amount, batch.balance());
        }
        String why = SupplyPolicy.optional(reason, "reason", 200);
        StockMovement movement = move(batch, MovementKind.OUT, amount, why, to, null, null, now());
        auditMovement("STOCK_OUT", depot, batch.itemCode(), batch.batchNo(), amount, why, to);
        return movement;
    }

    @Transactional
    public List<StockMovement> transfer(UUID fromDepotId, UUID toDepotId, String itemCode, Long quantity, String reason) {
        Depot from = requireDepot(fromDepotId);
        Depot to = requireDepot(toDepotId);
        if (from.id().equals(to.id())) {
            throw ApiException.badRequest("STOCK_TRANSFER_SAME_DEPOT", "error.supply.sameDepot");
        }
        SupplyPolicy.requireAllocator(from);
        SupplyItem item = requireItem(itemCode);
        long amount = SupplyPolicy.positiveQuantity(quantity);
        String why = SupplyPolicy.optional(reason, "reason", 200);
        UUID transferId = UUID.randomUUID();
        List<StockMovement> out = issueFefo(from, item, amount, MovementKind.TRANSFER_OUT, to.name(), why, transferId, null);
        List<StockMovement> all = new ArrayList<>(out);
        Instant now = now();
        for (StockMovement issued : out) {
            StockBatch source = stock.batch(issued.batchId()).orElseThrow();
            StockBatch target = stock.batch(to.id(), item.code(), source.batchNo()).orElse(null);
            if (target == null) {
                target = new StockBatch(UUID.randomUUID(), to.id(), item.code(), source.batchNo(), LocalDate.now(clock),
                        source.expiresOn(), "TRANSFER", 0);
                stock.insertBatch(target, now);
            }
            all.add(move(target, MovementKind.TRANSFER_IN, -issued.quantity(), why, from.name(), transferId, null, now));
        }
        auditMovement("STOCK_TRANSFER_IN", to, item.code(), null, amount, why, from.name());
        return all;
    }

    @Transactional
    public StockMovement writeOff(UUID batchId, Long quantity, String reason) {
        StockBatch batch = stock.lockBatch(batchId).orElseThrow(() ->
                ApiException.notFound("STOCK_BATCH_UNKNOWN", "error.supply.batchUnknown", batchId));
        Depot depot = requireDepot(batch.depotId());
        SupplyPolicy.requireAllocator(depot);
        long amount = SupplyPolicy.positiveQuantity(quantity);
        String why = SupplyPolicy.required(reason, "reason", 200);
        if (batch.balance() < amount) {
            throw StockShortage.of(depot.name(), batch.itemCode(), amount, batch.balance());
        }
        StockMovement movement = move(batch, MovementKind.WRITE_OFF, amount, why, null, null, null, now());
        auditMovement("STOCK_WRITE_OFF", depot, batch.itemCode(), batch.batchNo(), amount, why, null);
        return movement;
    }

    @Transactional(readOnly = true)
    public List<StockBatch> batches(UUID depotId) {
        requireDepot(depotId);
        return stock.batches(depotId);
    }

    @Transactional(readOnly = true)
    public List<StockMovement> movements(UUID depotId, int limit) {
        return stock.recentMovements(depotId, Math.max(1, Math.min(limit, 1000)));
    }

    @Transactional(readOnly = true)
    public List<StockMovement> movementsOfBatch(UUID batchId) {
        return stock.movementsOf(batchId);
    }

    @Transactional(readOnly = true)
    public List<StockMovement> movementsForDemand(UUID demandId) {
        return stock.movementsForDemand(demandId);
    }

    List<StockMovement> issueFefo(Depot depot, SupplyItem item, long amount, MovementKind kind, String recipient,
                                  String reason, UUID transferId, UUID demandId) {
        List<StockBatch> batches = stock.lockIssuable(depot.id(), item.code(), LocalDate.now(clock));
        long available = batches.stream().mapToLong(StockBatch::balance).sum();
        if (available < amount) {
            throw StockShortage.of(depot.name(), item.name(), amount, available);
        }
        Instant now = now();
        List<StockMovement> movements = new ArrayList<>();
        long left = amount;
        for (StockBatch batch : batches) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, batch.balance());
            movements.add(move(batch, kind, take, reason, recipient, transferId, demandId, now));
            left -= take;
        }
        auditMovement(kind == MovementKind.OUT ? "STOCK_OUT" : "STOCK_TRANSFER_OUT", depot, item.code(), null, amount,
                reason, recipient);
        return movements;
    }

    private StockMovement move(StockBatch batch, MovementKind kind, long amount, String reason, String recipient,
                               UUID transferId, UUID demandId, Instant at) {
        long signed = kind.receipt() ? amount : -amount;
        StockMovement movement = new StockMovement(UUID.randomUUID(), batch.id(), batch.depotId(), batch.itemCode(),
                batch.batchNo(), kind, signed, reason, recipient, transferId, demandId, SupplyPolicy.actorName(), at);
        stock.insertMovement(movement);
        return movement;
    }

    private void auditMovement(String action, Depot depot, String itemCode, String batchNo, long amount, String reason,
                               String party) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("depot", depot.name());
        after.put("item", itemCode);
        after.put("batch", batchNo);
        after.put("quantity", amount);
        after.put("reason", reason);
        after.put("party", party);
        audit.record(AuditRecord.of(action, "Depot", depot.id().toString()).inTownship(depot.townshipCode())
                .changing(null, after));
    }

    Depot requireDepot(UUID id) {
        if (id == null) {
            throw ApiException.badRequest("SUPPLY_FIELD_REQUIRED", "error.supply.required", "depotId");
        }
        return depots.byId(id).orElseThrow(() -> ApiException.notFound("DEPOT_UNKNOWN", "error.supply.depotUnknown", id));
    }

    SupplyItem requireItem(String code) {
        String trimmed = SupplyPolicy.trimmed(code);
        return (trimmed == null ? java.util.Optional.<SupplyItem>empty() : catalogue.item(trimmed)).orElseThrow(() ->
                ApiException.badRequest("SUPPLY_ITEM_UNKNOWN", "error.supply.itemUnknown", String.valueOf(code)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
