package org.anlan.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.PlatformMode;
import org.anlan.platform.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo rescue forces (demo mode only) from {@code seed/resource/xiangshan-demo.json}: the counts of the county
 * plan, experts and key equipment. Every record gets an id derived from its name, so a restart inserts only
 * what is missing and leaves changed records (a status set by the desk, a renamed team) alone.
 */
@Component
@Order(20)
class ResourceSeed implements ApplicationRunner {

    static final String LOCATION = "seed/resource/xiangshan-demo.json";
    private static final Logger log = LoggerFactory.getLogger(ResourceSeed.class);
    private static final double KM_PER_DEGREE = 111.32;

    record SeedTeam(String name, TeamKind kind, String township, List<Double> offsetKm, int headcount, int vehicles,
                    List<String> capabilities, String equipment, String leader, String phone, String insurer,
                    LocalDate insuranceExpires) {
    }

    record SeedExpert(String name, List<String> specialities, String organisation, String phone, String township) {
    }

    record SeedEquipment(String name, EquipmentKind kind, int quantity, String team, String depot, String township,
                         List<Double> offsetKm) {
    }

    @JsonIgnoreProperties("_about")
    record SeedFile(List<SeedTeam> teams, List<SeedExpert> experts, List<SeedEquipment> equipment) {
    }

    private final Teams teams;
    private final Experts experts;
    private final KeyEquipment equipment;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResourceSeed(Teams teams, Experts experts, KeyEquipment equipment, CountyGeography county, PlatformMode mode,
                 TransactionTemplate transaction, Clock clock) {
        this.teams = teams;
        this.experts = experts;
        this.equipment = equipment;
        this.county = county;
        this.mode = mode;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        SeedFile seed = read();
        Map<String, Township> townships = county.townships().stream()
                .collect(Collectors.toMap(Township::code, Function.identity()));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int inserted = transaction.execute(status -> load(seed, townships, now));
        if (inserted > 0) {
            log.info("Demo rescue forces: {} records added from {}", inserted, LOCATION);
        }
    }

    private int load(SeedFile seed, Map<String, Township> townships, Instant now) {
        int inserted = 0;
        Map<String, RescueTeam> byName = new HashMap<>();
        for (SeedTeam t : seed.teams()) {
            RescueTeam team = team(t, township(townships, t.township()), now);
            byName.put(t.name(), team);
            inserted += teams.insertIfAbsent(team) ? 1 : 0;
        }
        for (SeedExpert e : seed.experts()) {
            ResourcePolicy.check(new ExpertDraft(e.name(), e.specialities(), e.organisation(), e.phone(), e.township()));
            inserted += experts.insertIfAbsent(new Expert(stableId("expert", e.name() + "/" + e.organisation()),
                    e.name(), e.specialities(), e.organisation(), e.phone(), township(townships, e.township()).code()), now)
                    ? 1 : 0;
        }
        for (SeedEquipment e : seed.equipment()) {
            inserted += equipment.insertIfAbsent(equipment(e, byName, townships), now) ? 1 : 0;
        }
        return inserted;
    }

    private static RescueTeam team(SeedTeam t, Township township, Instant now) {
        GeoPoint base = offset(township.seat(), t.offsetKm());
        TeamDraft draft = new TeamDraft(t.name(), t.kind(), township.code(), base.lat(), base.lon(), t.headcount(),
                t.vehicles(), Set.copyOf(t.capabilities()), t.insurer() != null, t.insurer(), t.insuranceExpires(),
                t.equipment(), t.leader(), t.phone());
        try {
            ResourcePolicy.check(draft);
        } catch (ApiException e) {
            throw new IllegalStateException(LOCATION + ": team " + t.name() + " is invalid: " + e.getMessage(), e);
        }
        return new RescueTeam(stableId("team", t.name()), t.name(), t.kind(), township.code(), base, t.headcount(),
                t.vehicles(), draft.capabilities(), TeamStatus.ON_DUTY, draft.insured(), t.insurer(),
                t.insuranceExpires(), t.equipment(), t.leader(), t.phone(), now, now);
    }

    private static Equipment equipment(SeedEquipment e, Map<String, RescueTeam> teams, Map<String, Township> townships) {
        if (e.team() != null) {
            RescueTeam holder = teams.get(e.team());
            if (holder == null) {
                throw new IllegalStateException(LOCATION + ": equipment " + e.name() + " names no seeded team " + e.team());
            }
            return new Equipment(stableId("equipment", e.name() + "/" + e.team()), e.name(), e.kind(), e.quantity(),
                    holder.id(), null, holder.townshipCode(), holder.base());
        }
        Township township = township(townships, e.township());
        return new Equipment(stableId("equipment", e.name() + "/" + e.depot()), e.name(), e.kind(), e.quantity(), null,
                e.depot(), township.code(), offset(township.seat(), e.offsetKm()));
    }

    private static Township township(Map<String, Township> townships, String code) {
        Township township = townships.get(code);
        if (township == null) {
            throw new IllegalStateException(LOCATION + ": " + code + " is not a township of the county");
        }
        return township;
    }

    /** The seat moved by [north, east] kilometres; an equirectangular step is exact enough for a few km. */
    static GeoPoint offset(GeoPoint seat, List<Double> offsetKm) {
        if (offsetKm == null) {
            return seat;
        }
        double lat = seat.lat() + offsetKm.get(0) / KM_PER_DEGREE;
        double lon = seat.lon() + offsetKm.get(1) / (KM_PER_DEGREE * Math.cos(Math.toRadians(seat.lat())));
        return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }

    static UUID stableId(String type, String key) {
        return UUID.nameUUIDFromBytes(("anlan/resource/" + type + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    static SeedFile read() {
        // Strict, so that a misspelt field in the seed fails the start instead of loading a default.
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
