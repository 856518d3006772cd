package org.anlan.shelter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shelter module's registry API: shelters, their standardisation checklist and the rate per township,
 * opening and closing. Everybody signed in reads; county roles change every shelter, a township officer those
 * of their own township. Every change is audited in its transaction.
 */
@Service
public class ShelterRegistry {

    static final Role[] MANAGERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};
    private final Shelters shelters;
    private final Stays stays;
    private final CountyGeography county;
    private final ShelterSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ShelterRegistry(Shelters shelters, Stays stays, CountyGeography county, ShelterSettings settings, AuditTrail audit,
                    Clock clock) {
        this.shelters = shelters;
        this.stays = stays;
        this.county = county;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Shelter> shelters(String townshipCode) {
        return shelters.find(townshipCode).stream().map(this::shelter).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Shelter> shelter(UUID id) {
        return shelters.byId(id).map(this::shelter);
    }

    public Shelter require(UUID id) {
        return shelter(id).orElseThrow(() -> ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", id));
    }

    @Transactional
    public Shelter register(ShelterDraft draft) {
        CurrentActor.requireRole(MANAGERS);
        Shelters.Row row = validated(UUID.randomUUID(), draft, false);
        CurrentActor.requireTownshipAccess(row.townshipCode());
        if (shelters.nameTaken(row.name()) || !shelters.insertIfAbsent(row, now())) {
            throw ApiException.conflict("SHELTER_DUPLICATE", "error.shelter.duplicate", row.name());
        }
        Shelter shelter = shelter(row);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", shelter.name());
        after.put("level", shelter.level().name());
        after.put("kind", shelter.kind().name());
        after.put("usableAreaM2", shelter.usableAreaM2());
        after.put("capacity", shelter.capacity());
        audit.record(AuditRecord.of("SHELTER_CREATE", "Shelter", shelter.id().toString()).inTownship(shelter.townshipCode())
                .changing(null, after));
        return shelter;
    }

    @Transactional
    public Shelter open(UUID id) {
        return setOpen(id, true);
    }

    /** Closes a shelter; refused while evacuees are checked in. */
    @Transactional
    public Shelter close(UUID id) {
        return setOpen(id, false);
    }

    /** Opens the shelter on behalf of the system (an evacuation plan after a warning); no actor needed. */
    @Transactional
    Shelter openForEvacuation(UUID id) {
        Shelters.Row row = shelters.lock(id).orElseThrow(() -> ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", id));
        if (!row.open()) {
            shelters.setOpen(id, true, now());
            audit.record(AuditRecord.of("SHELTER_OPEN", "Shelter", id.toString()).inTownship(row.townshipCode())
                    .changing(Map.of("status", "CLOSED"), Map.of("status", "OPEN", "by", "evacuation plan")));
        }
        return require(id);
    }

    private Shelter setOpen(UUID id, boolean open) {
        CurrentActor.requireRole(MANAGERS);
        Shelters.Row row = shelters.lock(id).orElseThrow(() -> ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", id));
        CurrentActor.requireTownshipAccess(row.townshipCode());
        if (row.open() == open) {
            return shelter(row);
        }
        if (!open && stays.present(id) > 0) {
            throw ApiException.conflict("SHELTER_OCCUPIED", "error.shelter.occupied", row.name(), stays.present(id));
        }
        shelters.setOpen(id, open, now());
        audit.record(AuditRecord.of(open ? "SHELTER_OPEN" : "SHELTER_CLOSE", "Shelter", id.toString())
                .inTownship(row.townshipCode())
                .changing(Map.of("status", open ? "CLOSED" : "OPEN"), Map.of("status", open ? "OPEN" : "CLOSED")));
        return require(id);
    }

    /** Records one checklist item of a shelter; an item is met only with evidence (a document, photo or note). */
    @Transactional
    public List<ShelterCheck> recordCheck(UUID id, String item, Boolean met, String evidence) {
        CurrentActor.requireRole(MANAGERS);
        Shelters.Row row = shelters.lock(id).orElseThrow(() -> ApiException.notFound("SHELTER_UNKNOWN", "error.shelter.unknown", id));
        CurrentActor.requireTownshipAccess(row.townshipCode());
        StandardItem standardItem = parse(StandardItem.class, item, "item");
        String text = evidence == null || evidence.isBlank() ? null : evidence.trim();
        if (met == null || (met && text == null)) {
            throw ApiException.badRequest("SHELTER_EVIDENCE_REQUIRED", "error.shelter.evidence");
        }
        if (text != null && text.length() > 500) {
            throw ApiException.badRequest("SHELTER_FIELD_TOO_LONG", "error.shelter.tooLong", "evidence", 500);
        }
        shelters.putCheck(new ShelterCheck(id, standardItem, met, text, actorName(), now()));
        audit.record(AuditRecord.of("SHELTER_CHECK", "Shelter", id.toString()).inTownship(row.townshipCode())
                .changing(null, Map.of("item", standardItem.name(), "met", met)));
        return shelters.checks(id);
    }

    @Transactional(readOnly = true)
    public List<ShelterCheck> checklist(UUID id) {
        require(id);
        return shelters.checks(id);
    }

    @Transactional(readOnly = true)
    public Set<UUID> standardisedIds() {
        return new HashSet<>(shelters.standardised());
    }

    /** Shelters, standardised ones and capacity per township, in township order (every township listed). */
    @Transactional(readOnly = true)
    public List<ShelterRates> rates() {
        Set<UUID> standardised = standardisedIds();
        List<Shelter> all = shelters(null);
        List<ShelterRates> rates = new ArrayList<>();
        for (Township township : county.townships()) {
            List<Shelter> here = all.stream().filter(s -> s.townshipCode().equals(township.code())).toList();
            rates.add(new ShelterRates(township.code(), township.name(), here.size(),
                    (int) here.stream().filter(s -> standardised.contains(s.id())).count(),
                    (int) here.stream().filter(Shelter::provincialStandard).count(),
                    here.stream().mapToLong(Shelter::capacity).sum()));
        }
        return rates;
    }

    Shelters.Row validated(UUID id, ShelterDraft draft, boolean synthetic) {
        String name = text(draft.name(), "name", 100, true);
        ShelterLevel level = parse(ShelterLevel.class, draft.level(), "level");
        ShelterKind kind = parse(ShelterKind.class, draft.kind(), "kind");
        String code = text(draft.townshipCode(), "townshipCode", 20, true);
        Township township = county.township(code).orElseThrow(() ->
                ApiException.badRequest("SHELTER_TOWNSHIP_UNKNOWN", "error.shelter.township", code));
        BigDecimal area = draft.usableAreaM2();
        if (area == null) {
            throw ApiException.badRequest("SHELTER_FIELD_REQUIRED", "error.shelter.required", "usableAreaM2");
        }
        if (area.signum() < 0 || area.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw ApiException.badRequest("SHELTER_AREA_INVALID", "error.shelter.area", area);
        }
        GeoPoint location;
        if (draft.lat() == null && draft.lon() == null) {
            location = township.seat();
        } else {
            try {
                location = new GeoPoint(draft.lat(), draft.lon());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
            }
        }
        List<String> facilities = draft.facilities() == null ? List.of()
                : draft.facilities().stream().filter(f -> f != null && !f.isBlank()).map(String::trim).distinct().toList();
        if (facilities.size() > 30 || facilities.stream().anyMatch(f -> f.length() > 40)) {
            throw ApiException.badRequest("SHELTER_FIELD_TOO_LONG", "error.shelter.tooLong", "facilities", 40);
        }
        return new Shelters.Row(id, name, level, kind, township.code(), text(draft.villageName(), "villageName", 60, false),
                text(draft.address(), "address", 200, false), area, facilities, Boolean.TRUE.equals(draft.accessible()),
                text(draft.contact(), "contact", 60, false), text(draft.phone(), "phone", 40, false), location, false,
                Boolean.TRUE.equals(draft.provincialStandard()), synthetic, null);
    }

    Shelter shelter(Shelters.Row r) {
        return new Shelter(r.id(), r.name(), r.level(), r.kind(), r.townshipCode(), r.villageName(), r.address(),
                r.usableAreaM2(), settings.capacity(r.level(), r.usableAreaM2()), r.facilities(), r.accessible(),
                r.contact(), r.phone(), r.location(), r.open(), r.provincialStandard(), r.synthetic(), r.openedAt());
    }

    static String text(String value, String field, int max, boolean required) {
        String trimmed = value == null || value.isBlank() ? null : value.trim();
        if (trimmed == null && required) {
            throw ApiException.badRequest("SHELTER_FIELD_REQUIRED", "error.shelter.required", field);
        }
        if (trimmed != null && trimmed.length() > max) {
            throw ApiException.badRequest("SHELTER_FIELD_TOO_LONG", "error.shelter.tooLong", field, max);
        }
        return trimmed;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        String wanted = text(value, field, 40, true).toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElseThrow(() ->
                ApiException.badRequest("SHELTER_CODE_UNKNOWN", "error.shelter.code", field, value));
    }

    static String actorName() {
        return CurrentActor.find().map(Actor::username).orElse("system");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
