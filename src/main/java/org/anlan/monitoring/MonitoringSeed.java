package org.anlan.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Demo stations (demo mode only): a rain gauge at every township seat of the 18 townships, a second gauge in the
 * five largest towns, water-level stations on the inland rivers, tide and wind stations on the coast and islands,
 * landslide monitoring points in the hills. Ids are derived from kind and township code, so a restart adds only
 * what is missing; each station's township is the one its location falls in ({@link CountyGeography#locate}).
 */
@Component
@Order(30)
class MonitoringSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSeed.class);
    private static final double KM_PER_DEGREE = 111.32;

    /** kind, id prefix, name suffix, township codes, offset north/east in km from the seat. */
    private record Plan(StationKind kind, String prefix, String suffix, List<String> townships, double north, double east) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(StationKind.RAIN_GAUGE, "R", "雨量站", List.of(), 0, 0),
            new Plan(StationKind.RAIN_GAUGE, "R2-", "山区雨量站",
                    List.of("330225101", "330225102", "330225105", "330225107", "330225103"), 1.2, -1.5),
            new Plan(StationKind.WATER_LEVEL, "W", "水位站",
                    List.of("330225001", "330225102", "330225105", "330225109", "330225107"), -0.6, 0.4),
            new Plan(StationKind.TIDE, "T", "潮位站", List.of("330225101", "330225003", "330225103", "330225204"), -0.8, 1.0),
            new Plan(StationKind.WIND, "F", "测风站",
                    List.of("330225101", "330225003", "330225103", "330225204", "330225108"), 0.5, 0.8),
            new Plan(StationKind.LANDSLIDE, "L", "地质灾害监测点", List.of("330225203", "330225202", "330225102"), 1.5, 0.5));

    private final Stations stations;
    private final LiveObservations live;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MonitoringSeed(Stations stations, LiveObservations live, CountyGeography county, PlatformMode mode,
                   TransactionTemplate transaction, Clock clock) {
        this.stations = stations;
        this.live = live;
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
        List<Station> planned = planned();
        List<Station> added = transaction.execute(status -> {
            List<Station> inserted = new ArrayList<>();
            for (Station station : planned) {
                if (stations.insertIfAbsent(station, clock.instant())) {
                    inserted.add(station);
                }
            }
            return inserted;
        });
        added.forEach(live::added);
        if (!added.isEmpty()) {
            log.info("Demo monitoring stations: {} added", added.size());
        }
    }

    List<Station> planned() {
        Map<String, Township> townships = county.townships().stream()
                .collect(Collectors.toMap(Township::code, Function.identity()));
        List<Station> planned = new ArrayList<>();
        for (Plan plan : PLANS) {
            List<String> codes = plan.townships().isEmpty() ? List.copyOf(townships.keySet()).stream().sorted().toList()
                    : plan.townships();
            for (String code : codes) {
                Township township = townships.get(code);
                if (township == null) {
                    continue;
                }
                GeoPoint location = offset(township.seat(), plan.north(), plan.east());
                if (!county.locate(location).code().equals(code)) {
                    location = township.seat(); // the offset crossed into a neighbour's area: stay at the seat
                }
                planned.add(new Station(plan.prefix() + code, township.name() + plan.suffix(), plan.kind(), location,
                        county.locate(location).code()));
            }
        }
        return planned;
    }

    private static GeoPoint offset(GeoPoint seat, double northKm, double eastKm) {
        double lat = seat.lat() + northKm / KM_PER_DEGREE;
        double lon = seat.lon() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(seat.lat())));
        return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }
}
