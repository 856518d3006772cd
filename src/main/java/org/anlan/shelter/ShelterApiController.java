package org.anlan.shelter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.supply.SupplyDemand;
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

/** 避灾安置 API: the shelter registry, standardisation, opening, check-in/out, occupancy and needs. */
@RestController
@RequestMapping("/api/shelters")
@Tag(name = "shelters", description = "避灾安置 Shelters, standardisation, occupancy and needs")
class ShelterApiController {

    private static final String MANAGERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')";

    record ShelterView(Shelter shelter, boolean standardised, Occupancy occupancy) {
    }

    record ShelterDetail(Shelter shelter, boolean standardised, Occupancy occupancy, List<ShelterCheck> checklist,
                         List<ShelterNeed> needs) {
    }

    record CheckRequest(String item, Boolean met, String evidence) {
    }

    private final ShelterRegistry registry;
    private final ShelterOccupancy occupancy;
    private final Evacuations evacuations;

    ShelterApiController(ShelterRegistry registry, ShelterOccupancy occupancy, Evacuations evacuations) {
        this.registry = registry;
        this.occupancy = occupancy;
        this.evacuations = evacuations;
    }

    @GetMapping("/evacuation-plans")
    @Operation(summary = "The latest evacuation plans made from warnings (who goes where, who could not be placed)")
    List<StoredEvacuationPlan> evacuationPlans(@RequestParam(defaultValue = "20") int limit) {
        return evacuations.latest(limit);
    }

    @GetMapping
    @Operation(summary = "Shelters (of one township with ?township=) with standardisation and occupancy")
    List<ShelterView> shelters(@RequestParam(required = false) String township) {
        Set<UUID> standardised = registry.standardisedIds();
        Map<UUID, Integer> present = occupancy.presentByShelter();
        return registry.shelters(township == null || township.isBlank() ? null : township.trim()).stream()
                .map(s -> new ShelterView(s, standardised.contains(s.id()),
                        new Occupancy(present.getOrDefault(s.id(), 0), s.capacity())))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One shelter with its checklist, occupancy and needs")
    ShelterDetail shelter(@PathVariable UUID id) {
        Shelter shelter = registry.require(id);
        return new ShelterDetail(shelter, registry.standardisedIds().contains(id), occupancy.occupancy(id),
                registry.checklist(id), occupancy.needs(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register a shelter (a township officer: in their own township); it starts closed")
    Shelter register(@RequestBody ShelterDraft body) {
        return registry.register(body);
    }

    @PostMapping("/{id}/open")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Open a shelter for evacuees")
    Shelter open(@PathVariable UUID id) {
        return registry.open(id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Close a shelter (refused while evacuees are checked in)")
    Shelter close(@PathVariable UUID id) {
        return registry.close(id);
    }

    @PutMapping("/{id}/checklist")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Record one standardisation checklist item (met needs evidence)")
    List<ShelterCheck> check(@PathVariable UUID id, @RequestBody CheckRequest body) {
        return registry.recordCheck(id, body.item(), body.met(), body.evidence());
    }

    @GetMapping("/rates")
    @Operation(summary = "Shelters, standardised shelters (规范化率) and capacity per township")
    List<ShelterRates> rates() {
        return registry.rates();
    }

    @GetMapping("/{id}/stays")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Households of a shelter (identity numbers masked); ?all=true includes those checked out")
    List<Stay> stays(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all) {
        return occupancy.stays(id, !all);
    }

    @PostMapping("/{id}/stays")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Check a household in (the shelter must be open and have room)")
    Stay checkIn(@PathVariable UUID id, @RequestBody CheckIn body) {
        return occupancy.checkIn(id, body);
    }

    @PostMapping("/{id}/stays/{stayId}/check-out")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Check a household out")
    Stay checkOut(@PathVariable UUID id, @PathVariable UUID stayId) {
        return occupancy.checkOut(id, stayId);
    }

    @GetMapping("/{id}/needs")
    @Operation(summary = "Needs for the present evacuees against what has been demanded and delivered")
    List<ShelterNeed> needs(@PathVariable UUID id) {
        return occupancy.needs(id);
    }

    @PostMapping("/{id}/demands")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Raise supply demands for the needs not yet asked for")
    List<SupplyDemand> raiseDemands(@PathVariable UUID id) {
        return occupancy.raiseDemands(id);
    }
}
