package org.anlan.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rescue forces registry. */
@RestController
@RequestMapping("/api/resources")
@Tag(name = "resources", description = "救援力量 Rescue teams, experts and equipment")
class ResourceApiController {

    record TeamRequest(String name, TeamKind kind, String townshipCode, Double lat, Double lon, Integer headcount,
                       Integer vehicles, String equipment, Set<String> capabilities, Boolean insured, String leader,
                       String phone) {
    }

    record StatusRequest(TeamStatus status) {
    }

    private final RescueForces forces;

    ResourceApiController(RescueForces forces) {
        this.forces = forces;
    }

    @GetMapping("/teams")
    @Operation(summary = "Rescue teams, filtered by township, kind, capability and status")
    List<RescueTeam> teams(@RequestParam(required = false) String township, @RequestParam(required = false) TeamKind kind,
                           @RequestParam(required = false) String capability,
                           @RequestParam(required = false) TeamStatus status) {
        return forces.teams().stream()
                .filter(t -> township == null || t.townshipCode().equals(township))
                .filter(t -> kind == null || t.kind() == kind)
                .filter(t -> capability == null || t.capabilities().contains(capability))
                .filter(t -> status == null || t.status() == status)
                .toList();
    }

    @GetMapping("/teams/{id}")
    @Operation(summary = "One rescue team")
    RescueTeam team(@PathVariable UUID id) {
        return forces.team(id).orElseThrow(() -> ApiException.notFound("TEAM_UNKNOWN", "error.dispatch.teamUnknown", id));
    }

    @PostMapping("/teams")
    @PreAuthorize("hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')")
    @Operation(summary = "Register a rescue team")
    ResponseEntity<RescueTeam> register(@RequestBody TeamRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(forces.register(new NewTeam(body.name(), body.kind(),
                body.townshipCode(), body.lat(), body.lon(), body.headcount() == null ? 0 : body.headcount(),
                body.vehicles() == null ? 0 : body.vehicles(), body.equipment(), body.capabilities(),
                Boolean.TRUE.equals(body.insured()), body.leader(), body.phone())));
    }

    @PutMapping("/teams/{id}/status")
    @PreAuthorize("hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')")
    @Operation(summary = "Set a team on standby, off duty or unavailable")
    RescueTeam status(@PathVariable UUID id, @RequestBody StatusRequest body) {
        return forces.changeStatus(id, body.status());
    }

    @GetMapping("/experts")
    @Operation(summary = "Experts")
    List<Expert> experts() {
        return forces.experts();
    }

    @GetMapping("/equipment")
    @Operation(summary = "Key equipment")
    List<Equipment> equipment() {
        return forces.equipment();
    }
}
