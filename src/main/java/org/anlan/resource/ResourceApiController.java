package org.anlan.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rescue forces registry (救援力量). Kinds, statuses and capabilities travel as codes and are checked here, so
 * that a wrong one is refused with its own error code rather than as an unreadable request.
 */
@RestController
@RequestMapping("/api/resources")
@Tag(name = "resources", description = "救援力量 Rescue teams, experts and key equipment")
class ResourceApiController {

    private static final String MANAGERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')";

    record TeamRequest(String name, String kind, String townshipCode, Double lat, Double lon, Integer headcount,
                       Integer vehicles, Set<String> capabilities, Boolean insured, String insurer,
                       LocalDate insuranceExpires, String equipmentSummary, String leader, String phone) {

        TeamDraft toDraft() {
            return new TeamDraft(name, kind == null ? null : TeamKind.parse(kind), townshipCode, lat, lon, headcount,
                    vehicles, capabilities, Boolean.TRUE.equals(insured), insurer, insuranceExpires, equipmentSummary,
                    leader, phone);
        }
    }

    record StatusRequest(String status) {
    }

    record ExpertRequest(String name, List<String> specialities, String organisation, String phone,
                         String townshipCode) {
    }

    record EquipmentRequest(String name, String kind, Integer quantity, UUID teamId, String depot, String townshipCode,
                            Double lat, Double lon) {
    }

    record Term(String code, String chinese) {
    }

    record Vocabulary(List<Term> kinds, List<String> statuses, List<String> capabilities, List<Term> equipmentKinds) {
    }

    private final RescueForces forces;

    ResourceApiController(RescueForces forces) {
        this.forces = forces;
    }

    @GetMapping("/teams")
    @Operation(summary = "Rescue teams, filtered by township, kind, capability and status (all optional)")
    List<RescueTeam> teams(@Parameter(description = "township code, e.g. 330225101") @RequestParam(required = false) String township,
                           @Parameter(description = "team kind, e.g. SOCIAL_RESCUE") @RequestParam(required = false) String kind,
                           @Parameter(description = "capability, e.g. SEA_RESCUE") @RequestParam(required = false) String capability,
                           @Parameter(description = "ON_DUTY, DISPATCHED, OFF_DUTY or UNAVAILABLE") @RequestParam(required = false) String status) {
        return forces.teams(TeamFilter.parse(township, kind, capability, status));
    }

    @GetMapping("/teams/{id}")
    @Operation(summary = "One rescue team")
    RescueTeam team(@PathVariable UUID id) {
        return forces.team(id).orElseThrow(() -> ApiException.notFound("TEAM_UNKNOWN", "error.team.unknown", id));
    }

    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register a rescue team (a township officer: in their own township); it starts on standby")
    RescueTeam create(@RequestBody TeamRequest body) {
        return forces.createTeam(body.toDraft());
    }

    @PutMapping("/teams/{id}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Change a team's particulars (everything but its status)")
    RescueTeam update(@PathVariable UUID id, @RequestBody TeamRequest body) {
        return forces.updateTeam(id, body.toDraft());
    }

    @PutMapping("/teams/{id}/status")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Set a team on standby (ON_DUTY), dispatched, resting (OFF_DUTY) or unavailable")
    RescueTeam status(@PathVariable UUID id, @RequestBody StatusRequest body) {
        return forces.changeStatus(id, TeamStatus.parse(body.status()));
    }

    @GetMapping("/experts")
    @Operation(summary = "Experts, filtered by township and speciality (both optional)")
    List<Expert> experts(@RequestParam(required = false) String township,
                         @Parameter(description = "one speciality, e.g. 海上搜救") @RequestParam(required = false) String speciality) {
        return forces.experts(blankToNull(township), blankToNull(speciality));
    }

    @PostMapping("/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register an expert (a township officer: one of their own township)")
    Expert createExpert(@RequestBody ExpertRequest body) {
        return forces.createExpert(new ExpertDraft(body.name(), body.specialities(), body.organisation(), body.phone(),
                body.townshipCode()));
    }

    @GetMapping("/equipment")
    @Operation(summary = "Key equipment, filtered by township, kind and holding team (all optional)")
    List<Equipment> equipment(@RequestParam(required = false) String township,
                              @Parameter(description = "PUMP, BOAT, GENERATOR, DRONE, …") @RequestParam(required = false) String kind,
                              @RequestParam(required = false) UUID team) {
        return forces.equipment(new EquipmentFilter(blankToNull(township),
                blankToNull(kind) == null ? null : EquipmentKind.parse(kind), team));
    }

    @PostMapping("/equipment")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register key equipment held by a team (teamId) or a depot (depot and townshipCode)")
    Equipment createEquipment(@RequestBody EquipmentRequest body) {
        return forces.createEquipment(new EquipmentDraft(body.name(), body.kind() == null ? null : EquipmentKind.parse(body.kind()),
                body.quantity(), body.teamId(), body.depot(), body.townshipCode(), body.lat(), body.lon()));
    }

    @GetMapping("/vocabulary")
    @Operation(summary = "The codes the registry accepts: team kinds, statuses, capabilities, equipment kinds")
    Vocabulary vocabulary() {
        return new Vocabulary(Arrays.stream(TeamKind.values()).map(k -> new Term(k.name(), k.chinese())).toList(),
                Arrays.stream(TeamStatus.values()).map(Enum::name).toList(), List.copyOf(Capabilities.VOCABULARY),
                Arrays.stream(EquipmentKind.values()).map(k -> new Term(k.name(), k.chinese())).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
