package org.anlan.resource;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource module's API: the registry of rescue teams, experts and key equipment. Everybody signed in reads
 * it; county roles (administrator, commander, duty officer) change every record, a township officer only the
 * records of their own township (属地管理). Every change is audited in its own transaction.
 */
@Service
public class RescueForces {

    private static final Role[] MANAGERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};

    private final Teams teams;
    private final Experts experts;
    private final KeyEquipment equipment;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    RescueForces(Teams teams, Experts experts, KeyEquipment equipment, CountyGeography county, AuditTrail audit,
                 Clock clock) {
        this.teams = teams;
        this.experts = experts;
        this.equipment = equipment;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RescueTeam> teams() {
        return teams.find(TeamFilter.ALL);
    }

    @Transactional(readOnly = true)
    public List<RescueTeam> teams(TeamFilter filter) {
        return teams.find(filter);
    }

    @Transactional(readOnly = true)
    public Optional<RescueTeam> team(UUID id) {
        return teams.byId(id);
    }

    /** Teams on standby (待命), the ones dispatch may recommend. */
    @Transactional(readOnly = true)
    public List<RescueTeam> available() {
        return teams.find(new TeamFilter(null, null, null, TeamStatus.ON_DUTY));
    }

    @Transactional
    public RescueTeam createTeam(TeamDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        ResourcePolicy.check(draft);
        Township township = requireTownship(draft.townshipCode());
        CurrentActor.requireTownshipAccess(township.code());
        String name = draft.name().trim();
        if (teams.nameTaken(name, null)) {
            throw ApiException.conflict("TEAM_DUPLICATE", "error.team.duplicate", name);
        }
        Instant now = now();
        RescueTeam team = fromDraft(UUID.randomUUID(), draft, township, TeamStatus.ON_DUTY, now, now);
        if (!teams.insertIfAbsent(team)) {
            throw ApiException.conflict("TEAM_DUPLICATE", "error.team.duplicate", name);
        }
        audit.record(AuditRecord.of("TEAM_CREATE", "RescueTeam", team.id().toString()).inTownship(team.townshipCode())
                .changing(null, TeamSummary.of(team)));
        return team;
    }

    /** Changes a team's particulars (not its status); a township officer cannot move a team out of the township. */
    @Transactional
    public RescueTeam updateTeam(UUID id, TeamDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        RescueTeam before = requireTeamForUpdate(id);
        CurrentActor.requireTownshipAccess(before.townshipCode());
        ResourcePolicy.check(draft);
        Township township = requireTownship(draft.townshipCode());
        CurrentActor.requireTownshipAccess(township.code());
        String name = draft.name().trim();
        if (teams.nameTaken(name, id)) {
            throw ApiException.conflict("TEAM_DUPLICATE", "error.team.duplicate", name);
        }
        RescueTeam after = fromDraft(id, draft, township, before.status(), before.createdAt(), now());
        Map<String, Object> was = TeamSummary.of(before);
        Map<String, Object> is = TeamSummary.of(after);
        TeamSummary.keepDifferences(was, is);
        if (is.isEmpty()) {
            return before;
        }
        teams.update(after);
        audit.record(AuditRecord.of("TEAM_UPDATE", "RescueTeam", id.toString()).inTownship(after.townshipCode())
                .changing(was, is));
        return after;
    }

    @Transactional
    public RescueTeam changeStatus(UUID id, TeamStatus status) {
        CurrentActor.requireRole(MANAGERS);
        Objects.requireNonNull(status, "status");
        RescueTeam before = requireTeamForUpdate(id);
        CurrentActor.requireTownshipAccess(before.townshipCode());
        if (before.status() == status) {
            return before;
        }
        teams.updateStatus(id, status, now());
        audit.record(AuditRecord.of("TEAM_STATUS", "RescueTeam", id.toString()).inTownship(before.townshipCode())
                .changing(Map.of("status", before.status().name()), Map.of("status", status.name())));
        return teams.byId(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Expert> experts() {
        return experts.find(null, null);
    }

    /** Experts of a township and/or with a speciality; a null argument does not filter. */
    @Transactional(readOnly = true)
    public List<Expert> experts(String townshipCode, String speciality) {
        return experts.find(townshipCode, speciality);
    }

    @Transactional
    public Expert createExpert(ExpertDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        ResourcePolicy.check(draft);
        String townshipCode = ResourcePolicy.trimmed(draft.townshipCode());
        if (townshipCode != null) {
            requireTownship(townshipCode);
            CurrentActor.requireTownshipAccess(townshipCode);
        } else if (CurrentActor.require().townshipScoped()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.resource.ownTownshipOnly");
        }
        Expert expert = new Expert(UUID.randomUUID(), draft.name().trim(),
                draft.specialities().stream().map(String::trim).distinct().toList(), draft.organisation().trim(),
                ResourcePolicy.trimmed(draft.phone()), townshipCode);
        if (!experts.insertIfAbsent(expert, now())) {
            throw ApiException.conflict("EXPERT_DUPLICATE", "error.expert.duplicate", expert.name(), expert.organisation());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", expert.name());
        after.put("specialities", expert.specialities());
        after.put("organisation", expert.organisation());
        after.put("townshipCode", expert.townshipCode());
        audit.record(AuditRecord.of("EXPERT_CREATE", "Expert", expert.id().toString()).inTownship(townshipCode)
                .changing(null, after));
        return expert;
    }

    @Transactional(readOnly = true)
    public List<Equipment> equipment() {
        return equipment.find(EquipmentFilter.ALL);
    }

    @Transactional(readOnly = true)
    public List<Equipment> equipment(EquipmentFilter filter) {
        return equipment.find(filter);
    }

    @Transactional
    public Equipment createEquipment(EquipmentDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        ResourcePolicy.check(draft);
        GeoPoint given = ResourcePolicy.location(draft.lat(), draft.lon());
        String townshipCode;
        GeoPoint location;
        if (draft.teamId() != null) {
            RescueTeam holder = teams.byId(draft.teamId()).orElseThrow(() ->
                    ApiException.badRequest("EQUIPMENT_TEAM_UNKNOWN", "error.team.unknown", draft.teamId()));
            String asked = ResourcePolicy.trimmed(draft.townshipCode());
            if (asked != null && !asked.equals(holder.townshipCode())) {
                throw ApiException.badRequest("EQUIPMENT_TOWNSHIP_MISMATCH", "error.equipment.townshipMismatch",
                        holder.name());
            }
            townshipCode = holder.townshipCode();
            location = given != null ? given : holder.base();
        } else {
            Township township = requireTownship(draft.townshipCode());
            townshipCode = township.code();
            location = given != null ? given : township.seat();
        }
        CurrentActor.requireTownshipAccess(townshipCode);
        Equipment item = new Equipment(UUID.randomUUID(), draft.name().trim(), draft.kind(), draft.quantity(),
                draft.teamId(), ResourcePolicy.trimmed(draft.depot()), townshipCode, location);
        equipment.insertIfAbsent(item, now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", item.name());
        after.put("kind", item.kind().name());
        after.put("quantity", item.quantity());
        after.put("holder", item.teamId() != null ? "team:" + item.teamId() : "depot:" + item.depot());
        audit.record(AuditRecord.of("EQUIPMENT_CREATE", "Equipment", item.id().toString()).inTownship(townshipCode)
                .changing(null, after));
        return item;
    }

    private RescueTeam requireTeamForUpdate(UUID id) {
        return teams.lock(id).orElseThrow(() -> ApiException.notFound("TEAM_UNKNOWN", "error.team.unknown", id));
    }

    private Township requireTownship(String code) {
        String trimmed = ResourcePolicy.trimmed(code);
        return (trimmed == null ? Optional.<Township>empty() : county.township(trimmed)).orElseThrow(() ->
                ApiException.badRequest("RESOURCE_TOWNSHIP_UNKNOWN", "error.resource.township", String.valueOf(code)));
    }

    private static RescueTeam fromDraft(UUID id, TeamDraft draft, Township township, TeamStatus status,
                                        Instant createdAt, Instant updatedAt) {
        GeoPoint base = ResourcePolicy.location(draft.lat(), draft.lon());
        return new RescueTeam(id, draft.name().trim(), draft.kind(), township.code(), base != null ? base : township.seat(),
                draft.headcount(), draft.vehicles() == null ? 0 : draft.vehicles(), Set.copyOf(draft.capabilities()),
                status, draft.insured(), ResourcePolicy.trimmed(draft.insurer()), draft.insuranceExpires(),
                ResourcePolicy.trimmed(draft.equipmentSummary()), ResourcePolicy.trimmed(draft.leader()),
                ResourcePolicy.trimmed(draft.phone()), createdAt, updatedAt);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
