package org.anlan.shelter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.county.Crossing;
import org.anlan.county.TravelTimes;
import org.anlan.county.Village;
import org.anlan.shelter.evacuation.EvacuationPlan;
import org.anlan.shelter.evacuation.EvacuationPlanner;
import org.anlan.shelter.evacuation.EvacuationRequest;
import org.anlan.warning.WarningIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evacuation plans from warnings: the affected villages (named in the warning, or every village of the named
 * townships) move {@code evacuation-share} of their population to shelters with room, planned optimally by the
 * evacuation solver (great-circle km, island townships reached over their crossing); the shelters the plan uses
 * are opened. One plan per warning version, so a redelivered event changes nothing.
 */
@Service
public class Evacuations {

    private static final Logger log = LoggerFactory.getLogger(Evacuations.class);
    private static final double CROSSING_KMH = 45.0;
    private final EvacuationPlans plans;
    private final ShelterRegistry registry;
    private final Stays stays;
    private final CountyGeography county;
    private final TravelTimes travel;
    private final AuditTrail audit;
    private final Clock clock;
    private final double share;
    private final Set<String> levels;

    Evacuations(EvacuationPlans plans, ShelterRegistry registry, Stays stays, CountyGeography county, TravelTimes travel,
                AuditTrail audit, Clock clock,
                @Value("${anlan.shelter.evacuation-share:0.1}") double share,
                @Value("${anlan.shelter.evacuate-levels:ORANGE,RED}") Set<String> levels) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalStateException("anlan.shelter.evacuation-share must be in (0, 1]");
        }
        this.plans = plans;
        this.registry = registry;
        this.stays = stays;
        this.county = county;
        this.travel = travel;
        this.audit = audit;
        this.clock = clock;
        this.share = share;
        this.levels = Set.copyOf(levels);
    }

    @Transactional(readOnly = true)
    public List<StoredEvacuationPlan> latest(int limit) {
        return plans.latest(Math.max(1, Math.min(limit, 100)));
    }

    @Transactional(readOnly = true)
    public Optional<StoredEvacuationPlan> forWarning(String warningId, int version) {
        return plans.byWarning(warningId, version);
    }

    /** Plans the evacuation a warning calls for (orange and red by default); empty when none is called for. */
    @Transactional
    public Optional<StoredEvacuationPlan> planFor(WarningIssued warning) {
        if (!levels.contains(warning.level()) || plans.exists(warning.warningId(), warning.version())) {
            return Optional.empty();
        }
        return SystemActor.call("system:evacuation", () -> plan(warning));
    }

    private Optional<StoredEvacuationPlan> plan(WarningIssued warning) {
        List<Village> affected = affectedVillages(warning);
        List<Village> located = affected.stream().filter(v -> v.lat() != null && v.population() != null).toList();
        Map<String, String> islands = new HashMap<>();
        List<EvacuationRequest.Crossing> crossings = new ArrayList<>();
        for (Crossing c : travel.crossings()) {
            islands.put(c.islandTownshipCode(), "island-" + c.islandTownshipCode());
            crossings.add(new EvacuationRequest.Crossing("island-" + c.islandTownshipCode(), EvacuationRequest.MAINLAND,
                    c.minutes() / 60.0 * CROSSING_KMH));
        }
        Map<String, Village> byId = new LinkedHashMap<>();
        List<EvacuationRequest.Village> villages = new ArrayList<>();
        for (Village v : located) {
            long people = (long) Math.ceil(v.population() * share);
            if (people > 0) {
                byId.put(v.id().toString(), v);
                villages.add(new EvacuationRequest.Village(v.id().toString(), people, v.lat(), v.lon(),
                        islands.get(v.townshipCode())));
            }
        }
        Map<UUID, Integer> present = stays.presentByShelter();
        List<EvacuationRequest.Shelter> shelters = new ArrayList<>();
        for (Shelter s : registry.shelters(null)) {
            long free = s.capacity() - present.getOrDefault(s.id(), 0);
            if (free > 0) {
                shelters.add(new EvacuationRequest.Shelter(s.id().toString(), free, s.location().lat(),
                        s.location().lon(), islands.get(s.townshipCode())));
            }
        }
        if (villages.isEmpty()) {
            log.info("Warning {} v{} names no village with people and a location; no evacuation plan",
                    warning.warningId(), warning.version());
            return Optional.empty();
        }
        EvacuationPlan solved = EvacuationPlanner.plan(new EvacuationRequest(villages, shelters, null, crossings));
        List<StoredEvacuationPlan.Line> lines = new ArrayList<>();
        for (EvacuationPlan.Assignment a : solved.assignments()) {
            Village v = byId.get(a.village());
            lines.add(new StoredEvacuationPlan.Line(v.id(), v.name(), v.townshipCode(), UUID.fromString(a.shelter()), a.people()));
        }
        for (EvacuationPlan.Unassigned u : solved.unassigned()) {
            Village v = byId.get(u.village());
            lines.add(new StoredEvacuationPlan.Line(v.id(), v.name(), v.townshipCode(), null, u.people()));
        }
        StoredEvacuationPlan plan = new StoredEvacuationPlan(UUID.randomUUID(), warning.warningId(), warning.version(),
                warning.hazard(), warning.level(), Math.round(solved.totalCost() * 1000.0) / 1000.0,
                solved.assignedPeople() + solved.unassignedPeople(), solved.assignedPeople(), solved.unassignedPeople(),
                affected.size() - located.size(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), lines);
        if (!plans.insert(plan)) {
            return Optional.empty();
        }
        solved.assignments().stream().map(a -> UUID.fromString(a.shelter())).distinct()
                .forEach(registry::openForEvacuation);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("warning", warning.warningId() + "#" + warning.version());
        after.put("people", plan.people());
        after.put("assigned", plan.assigned());
        after.put("unassigned", plan.unassigned());
        after.put("shelters", solved.assignments().stream().map(EvacuationPlan.Assignment::shelter).distinct().count());
        audit.record(AuditRecord.of("EVACUATION_PLAN", "EvacuationPlan", plan.id().toString()).changing(null, after));
        return plans.byId(plan.id());
    }

    private List<Village> affectedVillages(WarningIssued warning) {
        List<String> townships = warning.townshipCodes() == null ? List.of() : warning.townshipCodes();
        List<String> villageIds = warning.villageIds() == null ? List.of() : warning.villageIds();
        List<Village> villages = new ArrayList<>();
        if (!villageIds.isEmpty()) {
            Set<String> wanted = Set.copyOf(villageIds);
            for (var township : county.townships()) {
                county.villages(township.code()).stream().filter(v -> wanted.contains(v.id().toString())).forEach(villages::add);
            }
        } else {
            townships.stream().filter(county::exists).forEach(code -> villages.addAll(county.villages(code)));
        }
        return villages;
    }
}
