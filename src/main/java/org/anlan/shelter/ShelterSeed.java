package org.anlan.shelter;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.county.NewVillage;
import org.anlan.county.Township;
import org.anlan.county.Village;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo shelter register (demo mode only), authored by the project and marked synthetic: the plan's 225
 * standardised shelters, 32 of provincial standard (3 county centres and 29 township centres), the 193 village
 * points spread over the townships by population (largest remainder), every checklist item met with a demo
 * note as evidence. Townships without villages get synthetic villages (named “…第NN村（演示）”) with populations
 * for the evacuation demo, one per village point, registered through the county module. Ids come from names;
 * a restart adds only what is missing.
 */
@Component
@Order(40)
class ShelterSeed implements ApplicationRunner {

    static final int SHELTERS = 225;
    static final int PROVINCIAL = 32;
    private static final Logger log = LoggerFactory.getLogger(ShelterSeed.class);
    private static final double KM_PER_DEGREE = 111.32;
    /** Approximate resident populations (synthetic, for spreading the demo register only). */
    static final Map<String, Integer> POPULATION = populations();
    private static final List<String> COUNTY_CENTRES = List.of("330225001", "330225002", "330225101");

    private final Shelters shelters;
    private final ShelterRegistry registry;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShelterSeed(Shelters shelters, ShelterRegistry registry, CountyGeography county, PlatformMode mode,
                TransactionTemplate transaction, Clock clock) {
        this.shelters = shelters;
        this.registry = registry;
        this.county = county;
        this.mode = mode;
        this.transaction = transaction;
        this.clock = clock;
    }

    private static Map<String, Integer> populations() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("330225001", 98_000);
        p.put("330225002", 82_000);
        p.put("330225003", 26_000);
        p.put("330225101", 88_000);
        p.put("330225102", 52_000);
        p.put("330225103", 27_000);
        p.put("330225104", 31_000);
        p.put("330225105", 24_000);
        p.put("330225106", 19_000);
        p.put("330225107", 36_000);
        p.put("330225108", 21_000);
        p.put("330225109", 26_000);
        p.put("330225110", 25_000);
        p.put("330225200", 15_000);
        p.put("330225201", 14_000);
        p.put("330225202", 12_000);
        p.put("330225203", 15_000);
        p.put("330225204", 12_000);
        return p;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        Integer added = SystemActor.call("system:demo-seed", () -> transaction.execute(status -> load()));
        if (added != null && added > 0) {
            log.info("Demo shelters: {} shelters and villages added (synthetic)", added);
        }
    }

    /** How many village points each township gets: 193 spread by population with the largest-remainder method. */
    static Map<String, Integer> villagePoints(Map<String, Integer> population, int total) {
        long sum = population.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> points = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Integer> e : population.entrySet()) {
            double exact = (double) total * e.getValue() / sum;
            points.put(e.getKey(), (int) Math.floor(exact));
            given += (int) Math.floor(exact);
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < total - given; i++) {
            points.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return points;
    }

    private int load() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Township> townships = county.townships();
        Map<String, Township> byCode = new LinkedHashMap<>();
        townships.forEach(t -> byCode.put(t.code(), t));
        List<String> bySize = POPULATION.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        int townshipCentres = PROVINCIAL - COUNTY_CENTRES.size();
        List<String> secondCentre = bySize.subList(0, townshipCentres - POPULATION.size());
        Map<String, Integer> villagePoints = villagePoints(POPULATION, SHELTERS - PROVINCIAL);
        int added = 0;
        for (String code : POPULATION.keySet()) {
            Township t = byCode.get(code);
            if (t == null) {
                continue;
            }
            if (COUNTY_CENTRES.contains(code)) {
                added += add(t.name().replace("街道", "").replace("镇", "") + "县级避灾安置中心", ShelterLevel.COUNTY,
                        code.equals("330225101") ? ShelterKind.PURPOSE_BUILT : ShelterKind.GYM, t, null, 1600, 1.0, 0.6,
                        true, now);
            }
            added += add(t.name() + "避灾安置中心", ShelterLevel.TOWNSHIP, ShelterKind.SCHOOL, t, null,
                    500 + Math.floorMod(code.hashCode(), 6) * 50, 0.4, -0.5, true, now);
            if (secondCentre.contains(code)) {
                added += add(t.name() + "第二避灾安置中心", ShelterLevel.TOWNSHIP, ShelterKind.GYM, t, null, 400, -0.8,
                        0.3, true, now);
            }
            List<Village> villages = villagesOf(t, villagePoints.get(code), now);
            for (int v = 0; v < villagePoints.get(code); v++) {
                Village village = villages.get(v % villages.size());
                GeoPoint near = village.lat() == null ? t.seat() : new GeoPoint(village.lat(), village.lon());
                ShelterKind kind = v % 5 == 4 ? ShelterKind.SCHOOL : v % 7 == 6 ? ShelterKind.OTHER : ShelterKind.HALL;
                String suffix = v < villages.size() ? "" : String.valueOf(v / villages.size() + 1);
                added += add(village.name() + "避灾点" + suffix, ShelterLevel.VILLAGE, kind, t, village.name(),
                        120 + Math.floorMod((code + v).hashCode(), 9) * 20, near, 0.25, 0.2, false, now);
            }
        }
        return added;
    }

    /** The township's villages; synthetic ones are registered first when the township has none. */
    private List<Village> villagesOf(Township t, int wanted, Instant now) {
        List<Village> villages = county.villages(t.code());
        if (!villages.isEmpty() || wanted == 0) {
            return villages.isEmpty() ? List.of(new Village(null, t.code(), null, t.name(), Village.VillageKind.VILLAGE,
                    t.seat().lat(), t.seat().lon(), null)) : villages;
        }
        int population = POPULATION.getOrDefault(t.code(), 10_000);
        for (int v = 1; v <= wanted; v++) {
            double angle = 2 * Math.PI * v / wanted;
            double radiusKm = 1.5 + (v % 3) * 1.2;
            GeoPoint at = offset(t.seat(), radiusKm * Math.cos(angle), radiusKm * Math.sin(angle));
            int people = (int) Math.round(population / (double) wanted * (0.7 + 0.15 * (v % 5)));
            county.addVillage(t.code(), new NewVillage(null, t.name() + "第" + String.format("%02d", v) + "村（演示）",
                    Village.VillageKind.VILLAGE, at.lat(), at.lon(), people));
        }
        return county.villages(t.code()).stream().sorted(Comparator.comparing(Village::name)).toList();
    }

    private int add(String name, ShelterLevel level, ShelterKind kind, Township t, String village, int areaM2,
                    double northKm, double eastKm, boolean provincial, Instant now) {
        return add(name, level, kind, t, village, areaM2, t.seat(), northKm, eastKm, provincial, now);
    }

    private int add(String name, ShelterLevel level, ShelterKind kind, Township t, String village, int areaM2,
                    GeoPoint near, double northKm, double eastKm, boolean provincial, Instant now) {
        GeoPoint at = offset(near, northKm, eastKm);
        UUID id = stableId(name);
        List<String> facilities = level == ShelterLevel.VILLAGE ? List.of("应急照明", "饮用水", "卫生间")
                : List.of("应急照明", "发电机", "饮用水", "卫生间", "医疗点", "厨房");
        Shelters.Row row = registry.validated(id, new ShelterDraft(name, level.name(), kind.name(), t.code(), village,
                t.name() + (village == null ? "" : village), BigDecimal.valueOf(areaM2), facilities, level != ShelterLevel.VILLAGE,
                t.name() + "应急办", null, at.lat(), at.lon(), provincial), true);
        if (!shelters.insertIfAbsent(row, now)) {
            return 0;
        }
        for (StandardItem item : StandardItem.values()) {
            shelters.insertCheckIfAbsent(new ShelterCheck(id, item, true, "演示数据：按 DB33/T 2158-2021 自查合格",
                    "system:demo-seed", now));
        }
        return 1;
    }

    static GeoPoint offset(GeoPoint seat, double northKm, double eastKm) {
        double lat = seat.lat() + northKm / KM_PER_DEGREE;
        double lon = seat.lon() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(seat.lat())));
        return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }

    static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(("anlan/shelter/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
