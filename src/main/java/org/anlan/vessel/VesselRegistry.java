package org.anlan.vessel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vessel module's registry API: vessels, their crew, ports, anchorages and fishing grounds. Everybody signed
 * in reads the county's fleet except township-bound users, who see their own township's boats only; county roles
 * change every vessel, a township officer those of their own township. Every change is audited in its transaction.
 */
@Service
public class VesselRegistry {

    static final Role[] MANAGERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};
    private static final int MAX_CREW_PER_VESSEL = 200;

    private final Vessels vessels;
    private final Harbours harbours;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final VesselDirectory directory;
    private final Clock clock;

    VesselRegistry(Vessels vessels, Harbours harbours, CountyGeography county, AuditTrail audit,
                   VesselDirectory directory, Clock clock) {
        this.vessels = vessels;
        this.harbours = harbours;
        this.county = county;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Vessel> vessels(VesselFilter filter) {
        Actor actor = CurrentActor.require();
        if (actor.townshipScoped()) {
            if (filter.townshipCode() != null) {
                CurrentActor.requireTownshipAccess(filter.townshipCode());
            }
            filter = filter.inTownship(actor.townshipCode());
        }
        return vessels.find(filter);
    }

    @Transactional(readOnly = true)
    public Vessel vessel(UUID id) {
        Vessel vessel = vessels.byId(id).orElseThrow(() -> unknown(id));
        CurrentActor.requireTownshipAccess(vessel.townshipCode());
        return vessel;
    }

    @Transactional(readOnly = true)
    public List<CrewMember> crew(UUID vesselId) {
        vessel(vesselId);
        return vessels.crew(vesselId);
    }

    @Transactional
    public Vessel register(VesselDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        Vessel vessel = fromDraft(UUID.randomUUID(), draft, now());
        CurrentActor.requireTownshipAccess(vessel.townshipCode());
        refuseClash(draft, null);
        vessels.insert(vessel);
        audit.record(AuditRecord.of("VESSEL_REGISTER", "Vessel", vessel.id().toString())
                .inTownship(vessel.townshipCode()).changing(null, summary(vessel)));
        directory.changed();
        return vessel;
    }

    @Transactional
    public Vessel update(UUID id, VesselDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        Vessel before = vessels.byIdForUpdate(id).orElseThrow(() -> unknown(id));
        CurrentActor.requireTownshipAccess(before.townshipCode());
        Vessel after = fromDraft(id, draft, before.createdAt(), before.synthetic(), now());
        CurrentActor.requireTownshipAccess(after.townshipCode());
        refuseClash(draft, id);
        Map<String, Object> was = summary(before);
        Map<String, Object> is = summary(after);
        for (String key : List.copyOf(was.keySet())) {
            if (Objects.equals(was.get(key), is.get(key))) {
                was.remove(key);
                is.remove(key);
            }
        }
        if (is.isEmpty()) {
            return before;
        }
        vessels.update(after);
        audit.record(AuditRecord.of("VESSEL_UPDATE", "Vessel", id.toString()).inTownship(after.townshipCode())
                .changing(was, is));
        directory.changed();
        return after;
    }

    @Transactional
    public CrewMember addCrew(UUID vesselId, CrewDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        Vessel vessel = vessels.byIdForUpdate(vesselId).orElseThrow(() -> unknown(vesselId));
        CurrentActor.requireTownshipAccess(vessel.townshipCode());
        if (vessels.crew(vesselId).size() >= MAX_CREW_PER_VESSEL) {
            throw ApiException.badRequest("VESSEL_CREW_TOO_MANY", "error.vessel.crewTooMany", MAX_CREW_PER_VESSEL);
        }
        CrewMember member = crewMember(vesselId, draft);
        vessels.insertCrew(member);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", member.name());
        after.put("position", member.position());
        after.put("certificateNo", member.certificateNo());
        after.put("certificateExpires", member.certificateExpires() == null ? null : member.certificateExpires().toString());
        audit.record(AuditRecord.of("VESSEL_CREW_ADD", "Vessel", vesselId.toString())
                .inTownship(vessel.townshipCode()).changing(null, after));
        return member;
    }

    /** The rows of an import that failed, or none when every row was stored. */
    public record ImportResult(int inserted, int updated, List<RegistryWorkbook.RowError> errors) {
    }

    /**
     * Imports an .xlsx registry: a row whose registration number exists updates that vessel, another registers a
     * new one. All or nothing: any wrong row (particulars, township scope, a clash with another row or vessel)
     * is reported with its row number and nothing is stored.
     */
    @Transactional
    public ImportResult importWorkbook(java.io.InputStream in) {
        CurrentActor.requireRole(MANAGERS);
        RegistryWorkbook.Parsed parsed;
        try {
            parsed = RegistryWorkbook.read(in);
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("VESSEL_IMPORT_FILE", "error.vessel.import.file", e.getClass().getSimpleName());
        }
        List<RegistryWorkbook.RowError> errors = new java.util.ArrayList<>(parsed.errors());
        Actor actor = CurrentActor.require();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Vessel> inserts = new java.util.ArrayList<>();
        List<Vessel[]> updates = new java.util.ArrayList<>();
        Instant now = now();
        for (int i = 0; i < parsed.drafts().size(); i++) {
            VesselDraft draft = parsed.drafts().get(i);
            int row = parsed.rowNumbers().get(i);
            try {
                var existing = draft.registrationNo() == null ? java.util.Optional.<Vessel>empty()
                        : vessels.byRegistrationNo(draft.registrationNo().trim());
                Vessel vessel = existing.isPresent()
                        ? fromDraft(existing.get().id(), draft, existing.get().createdAt(), existing.get().synthetic(), now)
                        : fromDraft(UUID.randomUUID(), draft, now);
                if (!actor.mayAccessTownship(vessel.townshipCode())
                        || existing.map(v -> !actor.mayAccessTownship(v.townshipCode())).orElse(false)) {
                    throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED",
                            "error.scope.township", vessel.townshipCode());
                }
                refuseClash(draft, existing.map(Vessel::id).orElse(null));
                for (String key : List.of("no:" + vessel.registrationNo(), "mmsi:" + vessel.mmsi(),
                        "bd:" + vessel.beidouTerminal())) {
                    if (!key.endsWith(":null") && !seen.add(key)) {
                        throw ApiException.conflict("VESSEL_DUPLICATE", "error.vessel.duplicate", key.substring(0, key.indexOf(':')));
                    }
                }
                if (existing.isPresent()) {
                    updates.add(new Vessel[] {existing.get(), vessel});
                } else {
                    inserts.add(vessel);
                }
            } catch (ApiException e) {
                errors.add(new RegistryWorkbook.RowError(row, e.code(), e.messageKey(), List.of(e.arguments())));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, 0, errors);
        }
        vessels.insertAll(inserts);
        updates.forEach(pair -> vessels.update(pair[1]));
        audit.record(AuditRecord.of("VESSEL_IMPORT", "Vessel", "workbook")
                .changing(null, Map.of("inserted", inserts.size(), "updated", updates.size())));
        directory.changed();
        return new ImportResult(inserts.size(), updates.size(), List.of());
    }

    /** The vessels the caller may see as an .xlsx workbook. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook() {
        try {
            return RegistryWorkbook.write(vessels(new VesselFilter(null, null, null, null, null, VesselFilter.MAX_LIMIT)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public List<Harbour> harbours() {
        return harbours.all();
    }

    @Transactional(readOnly = true)
    public List<FishingGround> fishingGrounds() {
        return harbours.grounds();
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> countsByTownship() {
        return vessels.countsByTownship();
    }

    @Transactional
    public Harbour changeCapacity(String code, int capacity) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Harbour before = harbours.byCode(code)
                .orElseThrow(() -> ApiException.notFound("HARBOUR_UNKNOWN", "error.vessel.harbourUnknown", code));
        CurrentActor.requireTownshipAccess(before.townshipCode());
        if (capacity < 0 || capacity > 100_000) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "capacity");
        }
        harbours.updateCapacity(code, capacity);
        audit.record(AuditRecord.of("HARBOUR_CAPACITY", "Harbour", code).inTownship(before.townshipCode())
                .changing(Map.of("capacity", before.capacity()), Map.of("capacity", capacity)));
        return harbours.byCode(code).orElseThrow();
    }

    Vessel fromDraft(UUID id, VesselDraft draft, Instant now) {
        return fromDraft(id, draft, now, false, now);
    }

    Vessel fromDraft(UUID id, VesselDraft draft, Instant createdAt, boolean synthetic, Instant now) {
        VesselPolicy.check(draft);
        String port = draft.homePort().trim();
        if (harbours.byCode(port).isEmpty()) {
            throw ApiException.badRequest("HARBOUR_UNKNOWN", "error.vessel.harbourUnknown", port);
        }
        String township = draft.townshipCode().trim();
        if (!county.exists(township)) {
            throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", township);
        }
        return new Vessel(id, draft.name().trim(), draft.registrationNo().trim(), draft.mmsi(),
                VesselPolicy.trimmed(draft.beidouTerminal()), draft.kind(), port, township, draft.lengthM(),
                draft.powerKw(), draft.serviceSpeedKn(), draft.crewCapacity(), draft.ownerName().trim(),
                VesselPolicy.trimmed(draft.ownerPhone()), draft.terminals(), draft.registeredElsewhere(),
                draft.ammoniaRefrigeration(), synthetic, createdAt, now);
    }

    static CrewMember crewMember(UUID vesselId, CrewDraft draft) {
        if (VesselPolicy.isBlank(draft.name()) || draft.name().length() > 50) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "crew.name");
        }
        if (VesselPolicy.isBlank(draft.position()) || draft.position().length() > 30) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "crew.position");
        }
        if (VesselPolicy.isBlank(draft.certificateNo()) != (draft.certificateExpires() == null)) {
            throw ApiException.badRequest("VESSEL_CERTIFICATE_INCOMPLETE", "error.vessel.certificateIncomplete");
        }
        return new CrewMember(UUID.randomUUID(), vesselId, draft.name().trim(), draft.position().trim(),
                VesselPolicy.trimmed(draft.phone()), VesselPolicy.trimmed(draft.certificateNo()),
                draft.certificateExpires());
    }

    void refuseClash(VesselDraft draft, UUID except) {
        vessels.clash(draft, except).ifPresent(field -> {
            throw ApiException.conflict("VESSEL_DUPLICATE", "error.vessel.duplicate", field);
        });
    }

    static Map<String, Object> summary(Vessel v) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", v.name());
        s.put("registrationNo", v.registrationNo());
        s.put("mmsi", v.mmsi());
        s.put("beidouTerminal", v.beidouTerminal());
        s.put("kind", v.kind().name());
        s.put("homePort", v.homePort());
        s.put("townshipCode", v.townshipCode());
        s.put("lengthM", v.lengthM().stripTrailingZeros().toPlainString());
        s.put("powerKw", v.powerKw().stripTrailingZeros().toPlainString());
        s.put("serviceSpeedKn", v.serviceSpeedKn().stripTrailingZeros().toPlainString());
        s.put("crewCapacity", v.crewCapacity());
        s.put("ownerName", v.ownerName());
        s.put("terminals", v.terminals().stream().map(Enum::name).sorted().toList());
        s.put("registeredElsewhere", v.registeredElsewhere());
        s.put("ammoniaRefrigeration", v.ammoniaRefrigeration());
        return s;
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("VESSEL_UNKNOWN", "error.vessel.unknown", id);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
