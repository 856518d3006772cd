package org.anlan.vessel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the authored waters (ports, anchorages, fishing grounds; always, idempotently) and, in demo mode on an
 * empty registry, a synthetic Xiangshan fleet: {@code anlan.vessel.demo-fleet} boats (default 2,700) from a fixed
 * seed, based mostly at 石浦 with others at 东门, 鹤浦, 高塘 and 爵溪, each marked synthetic, about half of them
 * at sea on the fishing grounds with a fresh fix. Names and numbers are invented and do not belong to real boats.
 */
@Component
@Order(30)
class VesselSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VesselSeed.class);
    private static final long SEED = 330225L;
    /** Home ports and their share of the fleet. */
    private static final String[] PORTS = {"SHIPU", "DONGMEN", "HEPU", "GAOTANG", "JUEXI"};
    private static final double[] PORT_SHARE = {0.60, 0.10, 0.13, 0.07, 0.10};
    private static final String[] SURNAMES = {"王", "陈", "张", "林", "李", "周", "吴", "郑", "金", "徐", "胡", "俞"};
    private static final String[] GIVEN = {"海军", "国平", "建华", "志强", "立新", "文龙", "永福", "海波", "德明", "小军", "荣根", "阿四"};

    private final Harbours harbours;
    private final Vessels vessels;
    private final Positions positions;
    private final VesselDirectory directory;
    private final FenceBook fences;
    private final PlatformMode mode;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int fleetSize;

    VesselSeed(Harbours harbours, Vessels vessels, Positions positions, VesselDirectory directory, FenceBook fences,
               PlatformMode mode, TransactionTemplate transaction, Clock clock,
               @Value("${anlan.vessel.demo-fleet:2700}") int fleetSize) {
        this.harbours = harbours;
        this.vessels = vessels;
        this.positions = positions;
        this.directory = directory;
        this.fences = fences;
        this.mode = mode;
        this.transaction = transaction;
        this.clock = clock;
        this.fleetSize = fleetSize;
    }

    @Override
    public void run(ApplicationArguments args) {
        WatersSeed waters = WatersSeed.load();
        transaction.executeWithoutResult(status -> {
            waters.harbours().forEach(h -> harbours.insertIfAbsent(h.toHarbour()));
            waters.fishingGrounds().forEach(g -> harbours.insertGroundIfAbsent(g.toGround()));
        });
        if (!mode.demo() || vessels.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Fleet fleet = fleet(waters, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            vessels.insertAll(fleet.vessels());
            vessels.insertAllCrew(fleet.crew());
            positions.upsertAll(fleet.positions());
            fences.seedDemo(waters.demoFences());
            directory.changed();
            log.info("Demo fleet: {} synthetic vessels, {} at sea", fleet.vessels().size(),
                    fleet.positions().stream().filter(LivePosition::atSea).count());
        });
    }

    record Fleet(List<Vessel> vessels, List<CrewMember> crew, List<LivePosition> positions) {
    }

    /** The synthetic fleet; the same seed gives the same boats on every machine. */
    Fleet fleet(WatersSeed waters, Instant now) {
        Random random = new Random(SEED);
        List<Harbour> ports = harbours.all();
        List<FishingGround> grounds = waters.fishingGrounds().stream().map(WatersSeed.SeedGround::toGround).toList();
        List<Vessel> fleet = new ArrayList<>(fleetSize);
        List<CrewMember> crew = new ArrayList<>();
        List<LivePosition> fixes = new ArrayList<>();
        for (int i = 0; i < fleetSize; i++) {
            String port = PORTS[pick(random, PORT_SHARE)];
            Harbour home = ports.stream().filter(h -> h.code().equals(port)).findFirst().orElseThrow();
            boolean carrier = random.nextDouble() < 0.02;
            double length = carrier ? 40 + random.nextInt(25) : 12 + random.nextInt(38);
            int crewCapacity = (int) Math.max(3, Math.round(length / 3.5 + random.nextInt(4)));
            boolean ais = length >= 24 || random.nextDouble() < 0.4;
            Set<TerminalKind> terminals = ais ? EnumSet.of(TerminalKind.AIS, TerminalKind.BEIDOU) : EnumSet.of(TerminalKind.BEIDOU);
            UUID id = UUID.nameUUIDFromBytes(("anlan-demo-vessel-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String owner = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            fleet.add(new Vessel(id, (carrier ? "浙象冷" : "浙象渔") + String.format("%05d", 10000 + i),
                    String.format("330225%d%04d", 2015 + random.nextInt(10), i), ais ? 412_400_000 + i : null,
                    "BD" + (4_000_000 + i), VesselKind.FISHING, port, home.townshipCode(), BigDecimal.valueOf(length),
                    BigDecimal.valueOf(length * (carrier ? 9 : 6) + random.nextInt(60)),
                    BigDecimal.valueOf(7 + random.nextInt(5)), crewCapacity, owner,
                    "1380574" + String.format("%04d", i % 10000), terminals, random.nextDouble() < 0.05, carrier,
                    true, now, now));
            crew.add(new CrewMember(UUID.nameUUIDFromBytes(("crew-master-" + i).getBytes()), id, owner, "船长", null,
                    "ZJ" + (2_000_000 + i), LocalDate.ofInstant(now, clock.getZone()).plusDays(random.nextInt(1500) - 120)));
            crew.add(new CrewMember(UUID.nameUUIDFromBytes(("crew-engineer-" + i).getBytes()), id,
                    SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)], "轮机长", null,
                    "ZJ" + (3_000_000 + i), LocalDate.ofInstant(now, clock.getZone()).plusDays(random.nextInt(1500) - 120)));
            fixes.add(random.nextDouble() < 0.5
                    ? inPort(id, home, random, now)
                    : atSea(id, grounds.get(random.nextInt(grounds.size())), random, now, ais));
        }
        return new Fleet(fleet, crew, fixes);
    }

    private static LivePosition inPort(UUID id, Harbour home, Random random, Instant now) {
        var centre = home.boundary().getCentroid();
        double r = 0.004;
        return new LivePosition(id, now.minusSeconds(random.nextInt(600)), centre.getY() + (random.nextDouble() - 0.5) * r,
                centre.getX() + (random.nextDouble() - 0.5) * r, 0.0, null, TerminalKind.BEIDOU, home.code(), null);
    }

    private static LivePosition atSea(UUID id, FishingGround ground, Random random, Instant now, boolean ais) {
        var box = ground.boundary().getEnvelopeInternal();
        GeoPoint p = new GeoPoint(box.getMinY() + random.nextDouble() * box.getHeight(),
                box.getMinX() + random.nextDouble() * box.getWidth());
        return new LivePosition(id, now.minusSeconds(random.nextInt(300)), p.lat(), p.lon(),
                Math.round(random.nextDouble() * 80) / 10.0, (double) random.nextInt(360),
                ais ? TerminalKind.AIS : TerminalKind.BEIDOU, null, null);
    }

    private static int pick(Random random, double[] shares) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
