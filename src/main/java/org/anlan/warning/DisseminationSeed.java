package org.anlan.warning;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.platform.PlatformMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a synthetic population per township (about 560,000 in all, the county's population, split by
 * Anlan's rough weights — not census figures), one broadcast terminal per 2,000 people, and per township two
 * officials to call (值班领导 rank 1, 乡镇长 rank 2) plus the county's 应急管理局 duty leader as the last contact, each
 * with an e-mail address of the demo mail domain (an existing official without one gets it). Ids derive from names, so a restart adds only what is missing.
 */
@Component
@Order(50)
class DisseminationSeed implements ApplicationRunner {

    static final Map<String, Integer> DEMO_POPULATION = Map.ofEntries(
            Map.entry("330225001", 80_000), Map.entry("330225002", 55_000), Map.entry("330225003", 25_000),
            Map.entry("330225101", 75_000), Map.entry("330225102", 40_000), Map.entry("330225103", 30_000),
            Map.entry("330225104", 30_000), Map.entry("330225105", 25_000), Map.entry("330225106", 25_000),
            Map.entry("330225107", 30_000), Map.entry("330225108", 25_000), Map.entry("330225109", 25_000),
            Map.entry("330225110", 20_000), Map.entry("330225200", 15_000), Map.entry("330225201", 15_000),
            Map.entry("330225202", 15_000), Map.entry("330225203", 15_000), Map.entry("330225204", 15_000));

    private final Deliveries deliveries;
    private final OfficialRoster roster;
    private final CountyGeography county;
    private final PlatformMode mode;

    DisseminationSeed(Deliveries deliveries, OfficialRoster roster, CountyGeography county, PlatformMode mode) {
        this.deliveries = deliveries;
        this.roster = roster;
        this.county = county;
        this.mode = mode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        for (Township township : county.townships()) {
            int people = DEMO_POPULATION.getOrDefault(township.code(), 0);
            deliveries.upsertPopulation(township.code(), people, (people + WarningDissemination.PEOPLE_PER_TERMINAL - 1)
                    / WarningDissemination.PEOPLE_PER_TERMINAL);
            String suffix = township.code().substring(6);
            official(township.name() + "值班领导", "值班领导", "8613900" + suffix + "001", "dev-" + township.code() + "-1",
                    "duty-" + township.code(), township.code(), 1);
            official(township.name() + "乡镇长", "乡镇（街道）主要负责人", "8613900" + suffix + "002", "dev-" + township.code() + "-2",
                    "head-" + township.code(), township.code(), 2);
        }
        official("县应急管理局值班领导", "县应急管理局值班领导", "8613900000009", "dev-330225-county", "duty-330225", null, 1);
    }

    private void official(String name, String position, String phone, String token, String mailbox, String township,
                          int rank) {
        UUID id = UUID.nameUUIDFromBytes(("anlan-official:" + name).getBytes(StandardCharsets.UTF_8));
        roster.insertIfAbsent(new WarningOfficial(id, name, position, phone,
                mailbox + "@" + DeliveryGateways.DEMO_MAIL_DOMAIN, token, township, rank, true));
    }
}
