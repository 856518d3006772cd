package org.anlan.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource module's API: the registry of rescue teams, experts and equipment. County roles manage every
 * team; a township officer manages the teams of their own township.
 */
@Service
public class RescueForces {

    private final Teams teams;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    RescueForces(Teams teams, CountyGeography county, AuditTrail audit, Clock clock) {
        this.teams = teams;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RescueTeam> teams() {
        return teams.all();
    }

    @Transactional(readOnly = true)
    public Optional<RescueTeam> team(UUID id) {
        return teams.byId(id);
    }

    @Transactional(readOnly = true)
    public List<RescueTeam> available() {
        return teams.all().stream().filter(t -> t.status() == TeamStatus.ON_DUTY).toList();
    }

    @Transactional(readOnly = true)
    public List<Expert> experts() {
        return teams.experts();
    }

    @Transactional(readOnly = true)
    public List<Equipment> equipment() {
        return teams.equipment();
    }

    @Transactional
    public RescueTeam register(NewTeam request) {
        requireManager(request.townshipCode());
        if (request.name() == null || request.name().isBlank() || request.name().length() > 80 || request.kind() == null
                || request.headcount() < 0 || request.headcount() > 10_000 || request.vehicles() < 0) {
            throw ApiException.badRequest("TEAM_INVALID", "error.team.invalid");
        }
        if (request.capabilities() == null || request.capabilities().isEmpty()
                || !Capabilities.VOCABULARY.containsAll(request.capabilities())) {
            throw ApiException.badRequest("TEAM_CAPABILITY_UNKNOWN", "error.team.capability",
                    String.join(", ", Capabilities.VOCABULARY.stream().sorted().toList()));
        }
        var township = county.requireTownship(request.townshipCode());
        GeoPoint base;
        try {
            base = request.lat() == null || request.lon() == null ? township.seat() : new GeoPoint(request.lat(), request.lon());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
        if (teams.nameTaken(request.name().trim())) {
            throw ApiException.conflict("TEAM_DUPLICATE", "error.team.duplicate", request.name().trim());
        }
        var team = new RescueTeam(UUID.randomUUID(), request.name().trim(), request.kind(), township.code(), base,
                request.headcount(), request.vehicles(), request.equipment(), Set.copyOf(request.capabilities()),
                TeamStatus.ON_DUTY, request.insured(), request.leader(), request.phone());
        teams.insert(team, Instant.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", team.name());
        after.put("kind", team.kind().name());
        after.put("headcount", team.headcount());
        audit.record(AuditRecord.of("TEAM_REGISTER", "RescueTeam", team.id().toString()).inTownship(team.townshipCode())
                .changing(null, after));
        return team;
    }

    @Transactional
    public RescueTeam changeStatus(UUID id, TeamStatus status) {
        RescueTeam before = teams.byId(id)
                .orElseThrow(() -> ApiException.notFound("TEAM_UNKNOWN", "error.dispatch.teamUnknown", id));
        requireManager(before.townshipCode());
        if (status == null) {
            throw ApiException.badRequest("TEAM_STATUS_INVALID", "error.team.status");
        }
        teams.updateStatus(id, status, Instant.now(clock));
        audit.record(AuditRecord.of("TEAM_STATUS", "RescueTeam", id.toString()).inTownship(before.townshipCode())
                .changing(Map.of("status", before.status().name()), Map.of("status", status.name())));
        return teams.byId(id).orElseThrow();
    }

    private static void requireManager(String townshipCode) {
        Actor actor = CurrentActor.require();
        if (!actor.hasAnyRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER)) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "ROLE_DENIED", "error.role.denied");
        }
        if (townshipCode != null) {
            CurrentActor.requireTownshipAccess(townshipCode);
        }
    }
}
