package org.anlan.enterprise;

import java.time.Clock;
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
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise module's API: the register of enterprises under supervision. Who sees what: county roles see
 * every enterprise, a township officer or grid member those of their township, an enterprise safety officer only
 * the enterprise they are linked to. Administrators, inspectors and township officers (their township) register
 * and change enterprises; an enterprise officer maintains their own record but cannot move it to another
 * township. Every change is audited in the same transaction.
 */
@Service
public class EnterpriseRegister {

    static final Role[] REGISTRARS = {Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER};

    private final Enterprises enterprises;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseRegister(Enterprises enterprises, CountyGeography county, AuditTrail audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.county = county;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The enterprises the current actor may see, filtered by township, industry and part of the name. */
    @Transactional(readOnly = true)
    public List<Enterprise> visible(String townshipCode, String industry, String nameContains) {
        Actor actor = CurrentActor.require();
        Industry wanted = EnterprisePolicy.text(industry) == null ? null : EnterprisePolicy.industry(industry);
        if (actor.role() == Role.ENTERPRISE_OFFICER) {
            return ownEnterprise(actor).flatMap(id -> enterprises.byId(id.value()))
                    .filter(e -> townshipCode == null || e.townshipCode().equals(townshipCode))
                    .filter(e -> wanted == null || e.industry() == wanted)
                    .map(List::of).orElse(List.of());
        }
        String township = EnterprisePolicy.text(townshipCode);
        if (actor.townshipScoped()) {
            if (township != null) {
                CurrentActor.requireTownshipAccess(township);
            }
            township = actor.townshipCode();
        }
        return enterprises.find(township, wanted, EnterprisePolicy.text(nameContains));
    }

    /** One enterprise, if the current actor may see it (404 otherwise, 403 when it is another's). */
    @Transactional(readOnly = true)
    public Enterprise require(EnterpriseId id) {
        Enterprise enterprise = enterprises.byId(id.value()).orElseThrow(() -> unknown(id.value()));
        requireAccess(CurrentActor.require(), enterprise);
        return enterprise;
    }

    /** Every enterprise, unscoped: for the county-wide map and system jobs, never shown as a list to a user. */
    @Transactional(readOnly = true)
    public List<Enterprise> directory() {
        return enterprises.find(null, null, null);
    }

    /** The enterprise of exactly this name, unscoped: for public tip-offs, which name an enterprise. */
    @Transactional(readOnly = true)
    public Optional<Enterprise> byExactName(String name) {
        String wanted = EnterprisePolicy.text(name);
        return wanted == null ? Optional.empty() : enterprises.find(null, null, wanted).stream()
                .filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** The enterprise a user acts for, if linked. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseId> enterpriseOf(String username) {
        return enterprises.enterpriseOf(username).map(EnterpriseId::new);
    }

    /** Whether the actor may read and act on this enterprise's records (its own, its township's, or county-wide). */
    public boolean mayAccess(Actor actor, Enterprise enterprise) {
        if (actor.role() == Role.ENTERPRISE_OFFICER) {
            return ownEnterprise(actor).map(enterprise.id()::equals).orElse(false);
        }
        return actor.mayAccessTownship(enterprise.townshipCode());
    }

    public void requireAccess(Actor actor, Enterprise enterprise) {
        if (!mayAccess(actor, enterprise)) {
            throw actor.role() == Role.ENTERPRISE_OFFICER
                    ? new ApiException(HttpStatus.FORBIDDEN, "SCOPE_ENTERPRISE_DENIED", "error.enterprise.ownOnly")
                    : new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.scope.township",
                    enterprise.townshipCode());
        }
    }

    @Transactional
    public Enterprise register(EnterpriseDraft draft) {
        CurrentActor.requireRole(REGISTRARS);
        EnterprisePolicy.Checked checked = EnterprisePolicy.check(draft);
        Township township = requireTownship(checked.townshipCode());
        CurrentActor.requireTownshipAccess(township.code());
        requireUnique(checked, null);
        Instant now = now();
        Enterprise enterprise = build(EnterpriseId.random(), checked, township, false, now, now);
        if (!enterprises.insertIfAbsent(enterprise)) {
            throw ApiException.conflict("ENTERPRISE_DUPLICATE", "error.enterprise.duplicate", enterprise.name());
        }
        audit.record(AuditRecord.of("ENTERPRISE_CREATE", "Enterprise", enterprise.id().value().toString())
                .inTownship(enterprise.townshipCode()).changing(null, summary(enterprise)));
        return enterprise;
    }

    /** Registers a synthetic demo enterprise unless its id exists; no actor, audited as the system. */
    @Transactional
    public boolean registerSynthetic(EnterpriseId id, EnterpriseDraft draft) {
        EnterprisePolicy.Checked checked = EnterprisePolicy.check(draft);
        Township township = requireTownship(checked.townshipCode());
        Instant now = now();
        Enterprise enterprise = build(id, checked, township, true, now, now);
        if (enterprises.byId(id.value()).isPresent() || enterprises.clash(checked.name(),
                checked.creditCode().value(), null).isPresent()) {
            return false;
        }
        enterprises.insertIfAbsent(enterprise);
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("ENTERPRISE_CREATE", "Enterprise",
                id.value().toString()).inTownship(enterprise.townshipCode()).changing(null, summary(enterprise)));
        return true;
    }

    @Transactional
    public Enterprise update(EnterpriseId id, EnterpriseDraft draft) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(Role.ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.ENTERPRISE_OFFICER);
        Enterprise before = enterprises.lock(id.value()).orElseThrow(() -> unknown(id.value()));
        requireAccess(actor, before);
        EnterprisePolicy.Checked checked = EnterprisePolicy.check(draft);
        Township township = requireTownship(checked.townshipCode());
        if (actor.role() == Role.ENTERPRISE_OFFICER && !township.code().equals(before.townshipCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "ENTERPRISE_MOVE_DENIED", "error.enterprise.moveDenied");
        }
        CurrentActor.requireTownshipAccess(township.code());
        requireUnique(checked, id.value());
        Enterprise after = build(id, checked, township, before.synthetic(), before.createdAt(), now());
        Map<String, Object> was = summary(before);
        Map<String, Object> is = summary(after);
        was.entrySet().removeIf(e -> java.util.Objects.equals(e.getValue(), is.get(e.getKey())));
        is.keySet().retainAll(was.keySet());
        if (is.isEmpty()) {
            return before;
        }
        enterprises.update(after);
        if (!after.townshipCode().equals(before.townshipCode())) {
            events.publishEvent(new EnterpriseRelocated(id, before.townshipCode(), after.townshipCode()));
        }
        audit.record(AuditRecord.of("ENTERPRISE_UPDATE", "Enterprise", id.value().toString())
                .inTownship(after.townshipCode()).changing(was, is));
        return after;
    }

    /** Links a user (by username) to the enterprise they act for; administrators and its township's officers. */
    @Transactional
    public void linkMember(EnterpriseId id, String username) {
        CurrentActor.requireRole(Role.ADMIN, Role.TOWNSHIP_OFFICER);
        Enterprise enterprise = enterprises.lock(id.value()).orElseThrow(() -> unknown(id.value()));
        CurrentActor.requireTownshipAccess(enterprise.townshipCode());
        String name = EnterprisePolicy.text(username);
        if (name == null || name.length() > 64) {
            throw ApiException.badRequest("ENTERPRISE_MEMBER_INVALID", "error.enterprise.member");
        }
        Optional<UUID> previous = enterprises.link(name, id.value(), now());
        audit.record(AuditRecord.of("ENTERPRISE_MEMBER_LINK", "Enterprise", id.value().toString())
                .inTownship(enterprise.townshipCode())
                .changing(previous.map(p -> Map.<String, Object>of("username", name, "enterprise", p.toString())).orElse(null),
                        Map.of("username", name, "enterprise", id.value().toString())));
    }

    /** Links a demo user to a synthetic enterprise unless the user is linked already (demo seed only). */
    @Transactional
    public void linkSyntheticMember(EnterpriseId id, String username) {
        if (enterprises.enterpriseOf(username).isEmpty()) {
            enterprises.link(username, id.value(), now());
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", AuditRecord.of("ENTERPRISE_MEMBER_LINK", "Enterprise",
                    id.value().toString()).changing(null, Map.of("username", username)));
        }
    }

    @Transactional(readOnly = true)
    public List<String> members(EnterpriseId id) {
        require(id);
        return enterprises.members(id.value());
    }

    private Optional<EnterpriseId> ownEnterprise(Actor actor) {
        return enterprises.enterpriseOf(actor.username()).map(EnterpriseId::new);
    }

    private void requireUnique(EnterprisePolicy.Checked checked, UUID except) {
        if (enterprises.clash(checked.name(), checked.creditCode().value(), except).isPresent()) {
            throw ApiException.conflict("ENTERPRISE_DUPLICATE", "error.enterprise.duplicate", checked.name());
        }
    }

    private Township requireTownship(String code) {
        return county.township(code).orElseThrow(() ->
                ApiException.badRequest("ENTERPRISE_TOWNSHIP_UNKNOWN", "error.enterprise.township", code));
    }

    private static Enterprise build(EnterpriseId id, EnterprisePolicy.Checked c, Township township, boolean synthetic,
                                    Instant createdAt, Instant updatedAt) {
        GeoPoint location = c.location() != null ? c.location() : township.seat();
        return new Enterprise(id, c.name(), c.creditCode(), c.industry(), township.code(), c.address(), location,
                c.aboveScale(), c.standardisation(), c.liabilityInsured(), c.safetyOfficers(), synthetic, createdAt,
                updatedAt);
    }

    static Map<String, Object> summary(Enterprise e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", e.name());
        s.put("creditCode", e.creditCode().value());
        s.put("industry", e.industry().name());
        s.put("townshipCode", e.townshipCode());
        s.put("address", e.address());
        s.put("location", e.location().lat() + "," + e.location().lon());
        s.put("aboveScale", e.aboveScale());
        s.put("standardisation", e.standardisation().name());
        s.put("liabilityInsured", e.liabilityInsured());
        s.put("safetyOfficers", e.safetyOfficers());
        return s;
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("ENTERPRISE_UNKNOWN", "error.enterprise.unknown", id);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
