package org.anlan.supply;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
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
 * Demo depots and stock (demo mode only), authored by the project and marked synthetic: the county depot
 * (1,050 m²) and a county-owned branch in 石浦镇, one township depot per township (the disaster-prone ones
 * mostly at 400 m² or more, two short of it so the reserve report has something to say), and village depots in
 * the disaster-prone townships. Stock is a deterministic fraction of the minimum rules, with some food and water
 * near or past its expiry. Ids come from names and stock is received only into a depot the seed has just
 * created, so a restart adds nothing twice and never undoes a movement made in the platform.
 */
@Component
@Order(30)
class SupplySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupplySeed.class);
    private static final double KM_PER_DEGREE = 111.32;
    private static final Map<String, Integer> VILLAGE_DEPOTS = Map.of("330225101", 3, "330225103", 3, "330225204", 2,
            "330225104", 2, "330225110", 2, "330225107", 2, "330225108", 2, "330225003", 2);
    private static final List<String> SMALL_TOWNSHIP_DEPOTS = List.of("330225204", "330225202");

    private final Depots depots;
    private final StockLedger ledger;
    private final Catalogue catalogue;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SupplySeed(Depots depots, StockLedger ledger, Catalogue catalogue, CountyGeography county, PlatformMode mode,
               TransactionTemplate transaction, Clock clock) {
        this.depots = depots;
        this.ledger = ledger;
        this.catalogue = catalogue;
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
        Integer added = transaction.execute(status -> load());
        if (added != null && added > 0) {
            log.info("Demo supplies: {} depots added with stock (synthetic)", added);
        }
    }

    private int load() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Township> townships = county.townships();
        Township dandong = townships.stream().filter(t -> t.code().equals("330225001")).findFirst().orElseThrow();
        Township shipu = townships.stream().filter(t -> t.code().equals("330225101")).findFirst().orElseThrow();
        int added = 0;
        added += add(depot("象山县应急物资储备库", ReserveLevel.COUNTY, dandong, null, 1050, offset(dandong.seat(), 1.2, -0.8),
                "县应急管理局物资科"), 1.2, now);
        added += add(depot("象山县应急物资储备库石浦分库", ReserveLevel.COUNTY, shipu, null, 300, offset(shipu.seat(), -0.6, 0.9),
                "县应急管理局物资科"), 0.3, now);
        for (Township t : townships) {
            int area = SMALL_TOWNSHIP_DEPOTS.contains(t.code()) ? 320 : 400 + Math.floorMod(t.code().hashCode(), 5) * 25;
            added += add(depot(t.name() + "应急物资储备仓库", ReserveLevel.TOWNSHIP, t, null, area,
                    offset(t.seat(), 0.3, 0.4), t.name() + "应急办"), 0.6 + Math.floorMod(t.code().hashCode(), 7) * 0.1, now);
            for (int v = 1; v <= VILLAGE_DEPOTS.getOrDefault(t.code(), 0); v++) {
                String village = t.name() + "第" + String.format("%02d", v) + "村（演示）";
                added += add(depot(village + "应急物资储备点", ReserveLevel.VILLAGE, t, village, v == 2 ? 30 : 40 + v * 5,
                        offset(t.seat(), 1.5 * v, -1.1 * v), "村委会"), v == 1 ? 1.1 : 0.5, now);
            }
        }
        return added;
    }

    private Depot depot(String name, ReserveLevel level, Township township, String village, int areaM2, GeoPoint at,
                        String keeper) {
        return new Depot(stableId(name), name, level, level, township.code(), village, BigDecimal.valueOf(areaM2), at,
                keeper, null, true);
    }

    /** Inserts the depot and, only when it is new, stocks it with {@code fill} × its level's minimums. */
    private int add(Depot depot, double fill, Instant now) {
        if (!depots.insertIfAbsent(depot, now)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        for (MinimumStockRule rule : catalogue.rules()) {
            if (rule.level() != depot.level()) {
                continue;
            }
            long quantity = Math.round(rule.minQuantity() * fill);
            SupplyItem item = catalogue.item(rule.itemCode()).orElseThrow();
            if (quantity <= 0) {
                continue;
            }
            if (item.shelfLifeDays() == null) {
                ledger.receiveInto(depot, new Receipt(item.code(), quantity, "DEMO-" + item.code(), today.minusDays(200),
                        null, "PURCHASE", "演示数据"), null);
                continue;
            }
            // two batches: an older one close to (or, for the county's water, past) its expiry, and a fresh one
            long older = Math.max(1, quantity / 3);
            LocalDate olderExpiry = depot.level() == ReserveLevel.COUNTY && item.code().equals("WATER")
                    ? today.minusDays(5) : today.plusDays(20 + Math.floorMod(depot.name().hashCode(), 50));
            ledger.receiveInto(depot, new Receipt(item.code(), older, "DEMO-" + item.code() + "-A",
                    olderExpiry.minusDays(item.shelfLifeDays()).isAfter(today) ? today : olderExpiry.minusDays(item.shelfLifeDays()),
                    olderExpiry, "PURCHASE", "演示数据"), null);
            if (quantity - older > 0) {
                ledger.receiveInto(depot, new Receipt(item.code(), quantity - older, "DEMO-" + item.code() + "-B",
                        today.minusDays(10), null, "PURCHASE", "演示数据"), null);
            }
        }
        return 1;
    }

    static GeoPoint offset(GeoPoint seat, double northKm, double eastKm) {
        double lat = seat.lat() + northKm / KM_PER_DEGREE;
        double lon = seat.lon() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(seat.lat())));
        return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }

    static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(("anlan/supply/depot/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
