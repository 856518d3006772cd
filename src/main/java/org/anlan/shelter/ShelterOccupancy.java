package org.anlan.shelter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.supply.DemandRequest;
import org.anlan.supply.SupplyDemand;
import org.anlan.supply.SupplyDemands;
import org.anlan.supply.SupplyDepots;
import org.anlan.supply.SupplyItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy of shelters: check-in and check-out of evacuee households (the shelter row is locked, so concurrent
 * check-ins never exceed capacity), present people against capacity, and the needs that follow from them,
 * raised as supply demands of the shelter.
 */
@Service
public class ShelterOccupancy {

    private final ShelterRegistry registry;
    private final Shelters shelters;
    private final Stays stays;
    private final ShelterSettings settings;
    private final SupplyDepots supplies;
    private final SupplyDemands demands;
    private final AuditTrail audit;
    private final Clock clock;

    ShelterOccupancy(ShelterRegistry registry, Shelters shelters, Stays stays, ShelterSettings settings,
                     SupplyDepots supplies, SupplyDemands demands, AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.shelters = shelters;
        this.stays = stays;
        this.settings = settings;
        this.supplies = supplies;
        this.demands = demands;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Stay checkIn(UUID shelterId, CheckIn request) {
        CurrentActor.requireRole(ShelterRegistry.MANAGERS);
        Shelter shelter = registry.shelter(shelters.lock(shelterId).orElseThrow(() ->
                ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", shelterId)));
        CurrentActor.requireTownshipAccess(shelter.townshipCode());
        String head = ShelterRegistry.text(request.householdHead(), "householdHead", 60, true);
        if (request.people() == null) {
            throw ApiException.badRequest("SHELTER_FIELD_REQUIRED", "error.shelter.required", "people");
        }
        int people = request.people();
        if (people <= 0 || people > 50) {
            throw ApiException.badRequest("SHELTER_PEOPLE_INVALID", "error.shelter.people", people);
        }
        String masked = IdNumbers.masked(request.idNumber());
        if (!shelter.open()) {
            throw ApiException.conflict("SHELTER_CLOSED", "error.shelter.closed", shelter.name());
        }
        int present = stays.present(shelterId);
        if (present + people > shelter.capacity()) {
            throw ApiException.conflict("SHELTER_FULL", "error.shelter.full", shelter.name(), shelter.capacity() - present);
        }
        Stay stay = new Stay(UUID.randomUUID(), shelterId, head, masked, request.villageId(),
                ShelterRegistry.text(request.villageName(), "villageName", 60, false), people,
                ShelterRegistry.text(request.phone(), "phone", 40, false), now(), null, ShelterRegistry.actorName());
        stays.insert(stay);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("household", stay.id().toString());
        after.put("village", stay.villageName());
        after.put("people", people);
        after.put("present", present + people);
        audit.record(AuditRecord.of("SHELTER_CHECK_IN", "Shelter", shelterId.toString()).inTownship(shelter.townshipCode())
                .changing(Map.of("present", present), after));
        return stay;
    }

    @Transactional
    public Stay checkOut(UUID shelterId, UUID stayId) {
        CurrentActor.requireRole(ShelterRegistry.MANAGERS);
        Shelter shelter = registry.require(shelterId);
        CurrentActor.requireTownshipAccess(shelter.townshipCode());
        Stay stay = stays.lock(stayId).filter(s -> s.shelterId().equals(shelterId)).orElseThrow(() ->
                ApiException.notFound("STAY_UNKNOWN", "error.shelter.stayUnknown", stayId));
        if (!stay.present()) {
            throw ApiException.conflict("STAY_ALREADY_OUT", "error.shelter.alreadyOut", stay.householdHead());
        }
        stays.checkOut(stayId, now());
        audit.record(AuditRecord.of("SHELTER_CHECK_OUT", "Shelter", shelterId.toString()).inTownship(shelter.townshipCode())
                .changing(Map.of("household", stayId.toString()), Map.of("people", -stay.people())));
        return stays.lock(stayId).orElseThrow();
    }

    /** Households of a shelter (present ones, or all): personal data, for the managers of its township only. */
    @Transactional(readOnly = true)
    public List<Stay> stays(UUID shelterId, boolean presentOnly) {
        CurrentActor.requireRole(ShelterRegistry.MANAGERS);
        Shelter shelter = registry.require(shelterId);
        CurrentActor.requireTownshipAccess(shelter.townshipCode());
        return stays.ofShelter(shelterId, presentOnly);
    }

    @Transactional(readOnly = true)
    public Occupancy occupancy(UUID shelterId) {
        Shelter shelter = registry.require(shelterId);
        return new Occupancy(stays.present(shelterId), shelter.capacity());
    }

    @Transactional(readOnly = true)
    public Map<UUID, Integer> presentByShelter() {
        return stays.presentByShelter();
    }

    /** The shelter's needs for its present evacuees, against what its demands have asked for and received. */
    @Transactional(readOnly = true)
    public List<ShelterNeed> needs(UUID shelterId) {
        registry.require(shelterId);
        int present = stays.present(shelterId);
        Map<String, long[]> asked = new LinkedHashMap<>();
        for (SupplyDemand d : demands.forDestination("SHELTER", shelterId.toString())) {
            if (!d.status().equals("CANCELLED")) {
                long[] sums = asked.computeIfAbsent(d.itemCode(), code -> new long[2]);
                sums[0] += d.quantity();
                sums[1] += d.delivered();
            }
        }
        List<ShelterNeed> needs = new ArrayList<>();
        for (SupplyItem item : supplies.catalogue()) {
            if (!item.neededByEvacuees()) {
                continue;
            }
            long needed = needed(item, present);
            long[] sums = asked.getOrDefault(item.code(), new long[2]);
            if (needed > 0 || sums[0] > 0) {
                needs.add(new ShelterNeed(item.code(), item.name(), item.unit(), needed, sums[0], sums[1]));
            }
        }
        return needs;
    }

    /** Raises a supply demand for every need not yet asked for; returns the new demands. */
    @Transactional
    public List<SupplyDemand> raiseDemands(UUID shelterId) {
        CurrentActor.requireRole(ShelterRegistry.MANAGERS);
        Shelter shelter = registry.shelter(shelters.lock(shelterId).orElseThrow(() ->
                ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", shelterId)));
        CurrentActor.requireTownshipAccess(shelter.townshipCode());
        List<SupplyDemand> raised = new ArrayList<>();
        for (ShelterNeed need : needs(shelterId)) {
            if (need.gap() > 0) {
                raised.add(demands.raise(new DemandRequest(need.itemCode(), need.gap(), "SHELTER", shelterId.toString(),
                        shelter.name(), shelter.townshipCode(), shelter.location().lat(), shelter.location().lon(), null)));
            }
        }
        return raised;
    }

    long needed(SupplyItem item, int people) {
        return needed(item, people, settings.needDays());
    }

    /** people × the once-needs plus people × days × the daily needs, each rounded up to whole units. */
    static long needed(SupplyItem item, int people, int days) {
        BigDecimal once = item.oncePerPerson().multiply(BigDecimal.valueOf(people)).setScale(0, RoundingMode.CEILING);
        BigDecimal daily = item.dailyPerPerson().multiply(BigDecimal.valueOf((long) people * days))
                .setScale(0, RoundingMode.CEILING);
        return once.longValueExact() + daily.longValueExact();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
