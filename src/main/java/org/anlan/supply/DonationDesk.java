package org.anlan.supply;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donations (捐赠) received, inspected, stored and allocated, traceable from donor to recipient: a stored
 * donation is a stock batch of source DONATION, and allocating it issues from that batch in the ledger.
 * The county desk (administrators, commanders, duty officers) receives, inspects and stores donations.
 */
@Service
public class DonationDesk {

    private static final Role[] DESK = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER};
    private final Donations donations;
    private final StockLedger ledger;
    private final Stock stock;
    private final AuditTrail audit;
    private final Clock clock;

    DonationDesk(Donations donations, StockLedger ledger, Stock stock, AuditTrail audit, Clock clock) {
        this.donations = donations;
        this.ledger = ledger;
        this.stock = stock;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Donation receive(String donor, Boolean donorPublic, String itemCode, Long quantity) {
        CurrentActor.requireRole(DESK);
        SupplyItem item = ledger.requireItem(itemCode);
        Donation donation = new Donation(UUID.randomUUID(), SupplyPolicy.required(donor, "donor", 100),
                Boolean.TRUE.equals(donorPublic), item.code(), SupplyPolicy.positiveQuantity(quantity), now(), "RECEIVED",
                null, null, null);
        donations.insert(donation, SupplyPolicy.actorName());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("donor", donation.donor());
        after.put("item", item.code());
        after.put("quantity", donation.quantity());
        audit.record(AuditRecord.of("DONATION_RECEIVE", "Donation", donation.id().toString()).changing(null, after));
        return donation;
    }

    /** Records the inspection: how many units are fit to accept (0 rejects the donation). */
    @Transactional
    public Donation inspect(UUID id, Long accepted, String note) {
        CurrentActor.requireRole(DESK);
        Donation donation = lock(id);
        if (!donation.status().equals("RECEIVED")) {
            throw ApiException.conflict("DONATION_STATE", "error.supply.donationState", donation.status());
        }
        if (accepted == null || accepted < 0 || accepted > donation.quantity()) {
            throw ApiException.badRequest("DONATION_ACCEPTED_INVALID", "error.supply.donationAccepted", accepted,
                    donation.quantity());
        }
        String text = SupplyPolicy.required(note, "note", 200);
        donations.inspected(id, accepted, text, now());
        audit.record(AuditRecord.of("DONATION_INSPECT", "Donation", id.toString())
                .changing(Map.of("status", donation.status()), Map.of("accepted", accepted, "note", text)));
        return donations.byId(id).orElseThrow();
    }

    @Transactional
    public DonationTrace store(UUID id, UUID depotId) {
        CurrentActor.requireRole(DESK);
        Donation donation = lock(id);
        if (!donation.status().equals("ACCEPTED")) {
            throw ApiException.conflict("DONATION_STATE", "error.supply.donationState", donation.status());
        }
        Depot depot = ledger.requireDepot(depotId);
        StockBatch batch = ledger.receiveInto(depot, new Receipt(donation.itemCode(), donation.accepted(),
                "JZ-" + donation.id().toString().substring(0, 8), null, null, "DONATION", "捐赠 " + donation.donor()),
                donation.donor());
        donations.stored(id, batch.id());
        audit.record(AuditRecord.of("DONATION_STORE", "Donation", id.toString()).inTownship(depot.townshipCode())
                .changing(Map.of("status", "ACCEPTED"), Map.of("status", "STORED", "depot", depot.name())));
        return trace(id);
    }

    /** Allocates units of a stored donation to a recipient (a shelter, a township, a household …). */
    @Transactional
    public DonationTrace allocate(UUID id, Long quantity, String recipient) {
        Donation donation = lock(id);
        if (!donation.status().equals("STORED")) {
            throw ApiException.conflict("DONATION_STATE", "error.supply.donationState", donation.status());
        }
        ledger.issueFromBatch(donation.batchId(), quantity, recipient, "捐赠分配 " + donation.id());
        return trace(id);
    }

    @Transactional(readOnly = true)
    public List<Donation> donations() {
        return donations.all();
    }

    @Transactional(readOnly = true)
    public DonationTrace trace(UUID id) {
        Donation donation = donations.byId(id).orElseThrow(() ->
                ApiException.notFound("DONATION_UNKNOWN", "error.supply.donationUnknown", id));
        if (donation.batchId() == null) {
            return DonationTrace.of(donation, null, null, List.of());
        }
        StockBatch batch = stock.batch(donation.batchId()).orElseThrow();
        return DonationTrace.of(donation, ledger.requireDepot(batch.depotId()), batch, stock.movementsOf(batch.id()));
    }

    /** What the public may see: totals, donors who agreed to be named, and recipients. */
    @Transactional(readOnly = true)
    public DonationSummary publicSummary() {
        return new DonationSummary(donations.totals(), donations.namedDonors(), donations.recipients());
    }

    private Donation lock(UUID id) {
        return donations.lock(id).orElseThrow(() ->
                ApiException.notFound("DONATION_UNKNOWN", "error.supply.donationUnknown", id));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
