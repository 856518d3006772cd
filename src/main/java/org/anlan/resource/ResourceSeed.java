package org.anlan.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.PlatformMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo rescue forces (demo mode only, once): the counts of the county plan, one forest-fire team per township,
 * experts and key equipment. Bases sit a little off their township seat so that teams of one place do not overlap.
 */
@Component
@Order(20)
class ResourceSeed implements ApplicationRunner {

    record SeedTeam(String name, TeamKind kind, String township, int headcount, int vehicles, List<String> capabilities,
                    String equipment) {
    }

    record SeedExpert(String name, String speciality, String organisation) {
    }

    record SeedEquipment(String name, String kind, int quantity, String holder, String township) {
    }

    record SeedFile(List<SeedTeam> teams, int townshipForestTeamHeadcount, List<SeedExpert> experts,
                    List<SeedEquipment> equipment) {
    }

    private final Teams teams;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResourceSeed(Teams teams, CountyGeography county, PlatformMode mode, TransactionTemplate transaction, Clock clock) {
        this.teams = teams;
        this.county = county;
        this.mode = mode;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || teams.anyTeam()) {
            return;
        }
        SeedFile seed = read();
        Map<String, Township> townships = county.townships().stream()
                .collect(java.util.stream.Collectors.toMap(Township::code, t -> t));
        Instant now = Instant.now(clock);
        transaction.executeWithoutResult(status -> {
            int index = 0;
            for (SeedTeam t : seed.teams()) {
                teams.insert(team(t.name(), t.kind(), townships.get(t.township()), index++, t.headcount(), t.vehicles(),
                        t.equipment(), Set.copyOf(t.capabilities())), now);
            }
            for (Township township : townships.values()) {
                teams.insert(team(township.name() + "森林消防队", TeamKind.TOWNSHIP_FOREST_FIRE, township, index++,
                        seed.townshipForestTeamHeadcount(), 1, "风力灭火机、二号工具", Set.of("FOREST_FIRE")), now);
            }
            seed.experts().forEach(e -> teams.insertExpert(new Expert(UUID.randomUUID(), e.name(), e.speciality(),
                    e.organisation(), null, null)));
            seed.equipment().forEach(e -> teams.insertEquipment(new Equipment(UUID.randomUUID(), e.name(), e.kind(),
                    e.quantity(), e.holder(), e.township())));
        });
    }

    private static RescueTeam team(String name, TeamKind kind, Township township, int index, int headcount, int vehicles,
                                   String equipment, Set<String> capabilities) {
        GeoPoint seat = township.seat();
        double dLat = ((index % 5) - 2) * 0.0025;
        double dLon = (((index / 5) % 5) - 2) * 0.0025;
        return new RescueTeam(UUID.randomUUID(), name, kind, township.code(), new GeoPoint(seat.lat() + dLat, seat.lon() + dLon),
                headcount, vehicles, equipment, capabilities, TeamStatus.ON_DUTY, true, null, null);
    }

    private static SeedFile read() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("seed/resource/xiangshan-demo.json").getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
