package org.anlan.supply;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of requisitions (征用) with their return and compensation records. County roles and the
 * township officers of the township where the requisition happened record them; everybody signed in reads.
 */
@Service
public class Requisitions {

    public record NewRequisition(String kind, String description, Integer quantity, String ownerName,
                                 String ownerContact, String townshipCode, String purpose, Instant requisitionedAt) {
    }

    private static final Set<String> KINDS = Set.of("GOODS", "PLACE", "VEHICLE");
    private final JdbcClient jdbc;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    Requisitions(JdbcClient jdbc, CountyGeography county, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Requisition register(NewRequisition request) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        String kind = SupplyPolicy.required(request.kind(), "kind", 10);
        if (!KINDS.contains(kind)) {
            throw ApiException.badRequest("REQUISITION_KIND_UNKNOWN", "error.supply.requisitionKind", kind);
        }
        String township = SupplyPolicy.required(request.townshipCode(), "townshipCode", 20);
        if (!county.exists(township)) {
            throw ApiException.badRequest("SUPPLY_TOWNSHIP_UNKNOWN", "error.supply.township", township);
        }
        CurrentActor.requireTownshipAccess(township);
        int quantity = request.quantity() == null ? 1 : request.quantity();
        if (quantity <= 0) {
            throw ApiException.badRequest("SUPPLY_QUANTITY_INVALID", "error.supply.quantity", quantity);
        }
        Instant now = now();
        Instant at = request.requisitionedAt() == null ? now : request.requisitionedAt();
        if (at.isAfter(now)) {
            throw ApiException.badRequest("REQUISITION_IN_FUTURE", "error.supply.requisitionFuture");
        }
        UUID id = UUID.randomUUID();
        String description = SupplyPolicy.required(request.description(), "description", 200);
        String owner = SupplyPolicy.required(request.ownerName(), "ownerName", 100);
        jdbc.sql("""
                        INSERT INTO requisition (id, kind, description, quantity, owner_name, owner_contact, township_code,
                                                 purpose, requisitioned_at, created_by)
                        VALUES (:id, :kind, :description, :quantity, :owner, :contact, :township, :purpose, :at, :by)""")
                .param("id", id).param("kind", kind).param("description", description).param("quantity", quantity)
                .param("owner", owner).param("contact", SupplyPolicy.optional(request.ownerContact(), "ownerContact", 60))
                .param("township", township).param("purpose", SupplyPolicy.required(request.purpose(), "purpose", 200))
                .param("at", Stock.utc(at)).param("by", SupplyPolicy.actorName())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind);
        after.put("description", description);
        after.put("owner", owner);
        audit.record(AuditRecord.of("REQUISITION_CREATE", "Requisition", id.toString()).inTownship(township)
                .changing(null, after));
        return requisition(id);
    }

    @Transactional
    public Requisition markReturned(UUID id, String condition) {
        Requisition before = requireForChange(id);
        if (before.returnedAt() != null) {
            throw ApiException.conflict("REQUISITION_RETURNED", "error.supply.requisitionReturned", id);
        }
        String text = SupplyPolicy.required(condition, "condition", 200);
        jdbc.sql("UPDATE requisition SET returned_at = :at, return_condition = :condition WHERE id = :id")
                .param("at", Stock.utc(now())).param("condition", text).param("id", id).update();
        audit.record(AuditRecord.of("REQUISITION_RETURN", "Requisition", id.toString()).inTownship(before.townshipCode())
                .changing(null, Map.of("condition", text)));
        return requisition(id);
    }

    @Transactional
    public Requisition compensate(UUID id, BigDecimal amountYuan, String basis, LocalDate paidOn) {
        Requisition before = requireForChange(id);
        if (amountYuan == null || amountYuan.signum() < 0 || amountYuan.scale() > 2
                || amountYuan.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            throw ApiException.badRequest("COMPENSATION_AMOUNT_INVALID", "error.supply.compensationAmount", amountYuan);
        }
        LocalDate day = paidOn == null ? LocalDate.now(clock) : paidOn;
        if (day.isAfter(LocalDate.now(clock))) {
            throw ApiException.badRequest("COMPENSATION_IN_FUTURE", "error.supply.compensationFuture");
        }
        String why = SupplyPolicy.required(basis, "basis", 200);
        UUID compensationId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO requisition_compensation (id, requisition_id, amount_yuan, basis, paid_on, recorded_by,
                                                              recorded_at)
                        VALUES (:id, :requisition, :amount, :basis, :paidOn, :by, :at)""")
                .param("id", compensationId).param("requisition", id).param("amount", amountYuan).param("basis", why)
                .param("paidOn", day).param("by", SupplyPolicy.actorName()).param("at", Stock.utc(now()))
                .update();
        audit.record(AuditRecord.of("REQUISITION_COMPENSATE", "Requisition", id.toString())
                .inTownship(before.townshipCode())
                .changing(Map.of("compensated", before.compensated()), Map.of("compensated", before.compensated().add(amountYuan))));
        return requisition(id);
    }

    @Transactional(readOnly = true)
    public List<Requisition> all() {
        return jdbc.sql("SELECT id FROM requisition ORDER BY requisitioned_at DESC").query(UUID.class).list().stream()
                .map(this::requisition).toList();
    }

    @Transactional(readOnly = true)
    public Requisition requisition(UUID id) {
        List<Requisition.Compensation> compensations = jdbc.sql(
                        "SELECT * FROM requisition_compensation WHERE requisition_id = :id ORDER BY paid_on, recorded_at")
                .param("id", id)
                .query((rs, row) -> new Requisition.Compensation(rs.getObject("id", UUID.class),
                        rs.getObject("amount_yuan", BigDecimal.class), rs.getString("basis"),
                        rs.getObject("paid_on", LocalDate.class), rs.getString("recorded_by"))).list();
        return jdbc.sql("SELECT * FROM requisition WHERE id = :id").param("id", id)
                .query((rs, row) -> requisition(rs, compensations)).optional()
                .orElseThrow(() -> ApiException.notFound("REQUISITION_UNKNOWN", "error.supply.requisitionUnknown", id));
    }

    private Requisition requireForChange(UUID id) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        jdbc.sql("SELECT id FROM requisition WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
        Requisition requisition = requisition(id);
        CurrentActor.requireTownshipAccess(requisition.townshipCode());
        return requisition;
    }

    private static Requisition requisition(ResultSet rs, List<Requisition.Compensation> compensations) throws SQLException {
        OffsetDateTime returned = rs.getObject("returned_at", OffsetDateTime.class);
        return new Requisition(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("description"),
                rs.getInt("quantity"), rs.getString("owner_name"), rs.getString("owner_contact"),
                rs.getString("township_code"), rs.getString("purpose"),
                rs.getObject("requisitioned_at", OffsetDateTime.class).toInstant(),
                returned == null ? null : returned.toInstant(), rs.getString("return_condition"), compensations);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
