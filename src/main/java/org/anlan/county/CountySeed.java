package org.anlan.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the county's reference facts from the project's seed file at start, idempotently: rows already
 * present are left as they are (an edited rescue circle keeps its edits).
 */
@Component
@Order(0)
class CountySeed implements org.springframework.boot.ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountySeed.class);

    record SeedFile(SeedCounty county, List<SeedTownship> townships, List<SeedCircle> rescueCircles) {
    }

    record SeedCounty(String code, String name, double lat, double lon) {
    }

    record SeedTownship(String code, String name, String nameEn, TownshipKind kind, double lat, double lon) {
    }

    record SeedCircle(String code, String name, String nameEn, String hub, String color, List<String> members) {
    }

    private final Townships townships;
    private final ResourceLoader resources;
    private final TransactionTemplate transaction;
    private final String seedLocation;

    CountySeed(Townships townships, ResourceLoader resources, TransactionTemplate transaction,
               @Value("${anlan.county.seed:classpath:seed/county/330225.json}") String seedLocation) {
        this.townships = townships;
        this.resources = resources;
        this.transaction = transaction;
        this.seedLocation = seedLocation;
    }

    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        SeedFile seed = read();
        int added = transaction.execute(status -> load(seed));
        if (added > 0) {
            log.info("Seeded {} ({}) with {} townships", seed.county().name(), seed.county().code(), added);
        }
    }

    private int load(SeedFile seed) {
        townships.insertCountyIfAbsent(seed.county().code(), seed.county().name(),
                new GeoPoint(seed.county().lat(), seed.county().lon()));
        int added = 0;
        for (SeedTownship t : seed.townships()) {
            added += townships.insertTownshipIfAbsent(seed.county().code(), t.code(), t.name(), t.nameEn(), t.kind(),
                    new GeoPoint(t.lat(), t.lon()));
        }
        if (!townships.hasRescueCircles()) {
            int order = 0;
            for (SeedCircle c : seed.rescueCircles()) {
                townships.insertRescueCircle(new RescueCircle(c.code(), c.name(), c.nameEn(), c.hub(), c.color(), c.members()),
                        order++);
            }
        }
        return added;
    }

    private SeedFile read() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resources.getResource(seedLocation).getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read county seed " + seedLocation, e);
        }
    }
}
