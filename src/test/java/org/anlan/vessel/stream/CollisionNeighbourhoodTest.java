package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.anlan.vessel.CollisionRisk;
import org.anlan.vessel.CpaThresholds;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.VesselState;
import org.junit.jupiter.api.Test;

/** The grid finds exactly the pairs a brute-force scan finds, and raises exactly the alarms brute force would. */
class CollisionNeighbourhoodTest {

    private static final PipelineSettings.CollisionWatch WATCH = new PipelineSettings.CollisionWatch(3.0,
            CpaThresholds.XIANGSHAN_DEFAULTS, CollisionPairPolicy.MERCHANT_FISHING, Duration.ofMinutes(3));

    @Test
    void neighboursAreThoseABruteForceScanFinds() {
        var random = new Random(7);
        var grid = new CollisionNeighbourhood(WATCH);
        List<Track> tracks = randomTracks(random, 2000, 0.6);
        List<Alarm> ignored = new ArrayList<>();
        tracks.forEach(track -> grid.update(track, ignored));

        for (Track track : tracks) {
            Set<Long> found = new HashSet<>();
            grid.forEachNeighbour(track, other -> found.add(other.mmsi));
            Set<Long> expected = new HashSet<>();
            for (Track other : tracks) {
                if (other != track && CollisionNeighbourhood.flatDistanceNm(track, other) <= WATCH.radiusNm()) {
                    expected.add(other.mmsi);
                }
            }
            assertThat(found).as("neighbours of %d", track.mmsi).isEqualTo(expected);
        }
    }

    @Test
    void alarmsAreThoseOfExactCpaOnEveryWatchedPairInRange() {
        var random = new Random(11);
        var grid = new CollisionNeighbourhood(WATCH);
        List<Track> tracks = randomTracks(random, 600, 0.4);
        List<Alarm> alarms = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            grid.update(track, alarms);
            for (int j = 0; j < i; j++) {
                Track other = tracks.get(j);
                if (WATCH.pairs().watched(track.kind, other.kind)
                        && CollisionNeighbourhood.flatDistanceNm(track, other) <= WATCH.radiusNm()) {
                    RiskLevel level = WATCH.thresholds().classify(CollisionRisk.cpa(state(track), state(other)));
                    if (level != RiskLevel.NONE) {
                        expected.add(track.mmsi + "-" + other.mmsi + " " + level);
                    }
                }
            }
        }

        assertThat(alarms).isNotEmpty();
        assertThat(alarms.stream().map(a -> a.mmsi() + "-" + ((CollisionAlarm) a).otherMmsi() + " "
                + ((CollisionAlarm) a).level())).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * A crowd in a few cells, moving across cell edges, going silent and changing kind: the alarms are those of a
     * brute-force watch that keeps every pair's tier, so moves, block growth and reuse lose or duplicate no one.
     */
    @Test
    void aMovingCrowdRaisesWhatABruteForceWatchRaises() {
        var random = new Random(23);
        var grid = new CollisionNeighbourhood(WATCH);
        List<Track> tracks = randomTracks(random, 400, 0.12);
        Map<String, RiskLevel> tiers = new HashMap<>();
        List<String> raised = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Set<Track> placed = new HashSet<>();
        long time = 1_000_000;
        for (int step = 0; step < 20_000; step++) {
            Track track = tracks.get(random.nextInt(tracks.size()));
            placed.add(track);
            time += 100;
            track.timeMillis = time;
            track.lat += (random.nextDouble() - 0.5) * 0.02;
            track.lon += (random.nextDouble() - 0.5) * 0.02;
            if (random.nextInt(50) == 0) {
                track.kind = track.kind == VesselKind.MERCHANT ? VesselKind.FISHING : VesselKind.MERCHANT;
            }
            if (random.nextInt(40) == 0) {
                track.sog = Double.NaN;
            } else {
                track.sog = random.nextDouble() * 15;
                track.cog = random.nextInt(3600) / 10.0;
            }
            List<Alarm> alarms = new ArrayList<>();
            grid.update(track, alarms);
            alarms.forEach(a -> raised.add(a.mmsi() + "-" + ((CollisionAlarm) a).otherMmsi() + " "
                    + ((CollisionAlarm) a).level()));
            List<String> mine = new ArrayList<>();
            for (Track other : placed) {
                String pair = Math.min(track.mmsi, other.mmsi) + "/" + Math.max(track.mmsi, other.mmsi);
                RiskLevel level = RiskLevel.NONE;
                if (other != track && track.hasMotion() && other.hasMotion()
                        && time - other.timeMillis <= WATCH.staleAfter().toMillis()
                        && WATCH.pairs().watched(track.kind, other.kind)
                        && CollisionNeighbourhood.flatDistanceNm(track, other) <= WATCH.radiusNm()) {
                    level = WATCH.thresholds().classify(CollisionRisk.cpa(state(track), state(other)));
                }
                if (level.compareTo(tiers.getOrDefault(pair, RiskLevel.NONE)) > 0) {
                    mine.add(track.mmsi + "-" + other.mmsi + " " + level);
                }
                if (other != track) {
                    tiers.put(pair, level);
                }
            }
            expected.addAll(mine.stream().sorted().toList());
            raised.subList(raised.size() - alarms.size(), raised.size()).sort(null);
        }
        assertThat(raised).hasSizeGreaterThan(300).isEqualTo(expected);
    }

    @Test
    void aTierDecidedInTheFlatPlaneIsTheExactTier() {
        var random = new Random(3);
        var grid = new CollisionNeighbourhood(WATCH);
        List<Track> tracks = randomTracks(random, 50_000, 0.1);
        int decided = 0;
        for (int i = 1; i < tracks.size(); i++) {
            Track a = tracks.get(i - 1);
            Track b = tracks.get(i);
            RiskLevel flat = grid.tiers().flatLevel(a, b);
            if (flat != null) {
                decided++;
                assertThat(flat).isEqualTo(WATCH.thresholds().classify(CollisionRisk.cpa(state(a), state(b))));
            }
        }
        assertThat(decided).isGreaterThan(45_000);
    }

    @Test
    void aTierDecidedInCollisionRisksPlaneBySeriesIsTheExactTier() {
        var random = new Random(5);
        var tiers = new CpaTiers(WATCH.thresholds());
        double[] cpaLimits = {0.5, 1.0, 2.0};
        double[] tcpaLimits = {6, 12, 20};
        int decided = 0;
        int pairs = 40_000;
        for (int i = 0; i < pairs; i++) {
            Track own = randomTracks(random, 1, 0.3).get(0);
            var other = new Track(413_000_000L + i);
            other.sog = 2 + random.nextDouble() * 20;
            other.cog = random.nextInt(3600) / 10.0;
            withMotion(other);
            // Place the other vessel so that, in the flat plane, CPA or TCPA lies within a few metres of a limit.
            double vx = other.east - own.east;
            double vy = other.north - own.north;
            double speed = Math.hypot(vx, vy);
            int limit = random.nextInt(3);
            boolean nearCpa = random.nextBoolean();
            double jitter = (random.nextDouble() - 0.5) * 0.004;
            double cpa = nearCpa ? cpaLimits[limit] + jitter : random.nextDouble() * 2.5;
            double tcpaHours = (nearCpa ? random.nextDouble() * 25 : tcpaLimits[limit] + jitter * 60) / 60;
            double side = random.nextBoolean() ? 1 : -1;
            double x = side * cpa * -vy / speed - vx * tcpaHours;
            double y = side * cpa * vx / speed - vy * tcpaHours;
            other.lat = own.lat + y / 60;
            other.lon = own.lon + x / (60 * own.cosLat);
            withMotion(other);
            RiskLevel exact = WATCH.thresholds().classify(CollisionRisk.cpa(state(own), state(other)));
            RiskLevel precise = tiers.preciseLevel(own, other);
            if (precise != null) {
                decided++;
                assertThat(precise).as("pair %d", i).isEqualTo(exact);
            }
            assertThat(tiers.level(own, other)).isEqualTo(exact);
        }
        assertThat(decided).isGreaterThan(pairs - 10);
    }

    /**
     * The division-free test for a pair clear of every tier never says so of a pair the flat plane puts at some
     * tier or cannot settle: pairs placed with CPA near the widest limit or TCPA near zero or the longest limit,
     * within metres or seconds, and pairs anywhere within the radius.
     */
    @Test
    void aPairClearlyOfNoTierIsOfNoTier() {
        var random = new Random(7);
        var tiers = new CpaTiers(WATCH.thresholds());
        int clear = 0;
        int pairs = 200_000;
        for (int i = 0; i < pairs; i++) {
            Track own = randomTracks(random, 1, 0.3).get(0);
            var other = new Track(413_000_000L + i);
            other.sog = random.nextDouble() * 25;
            other.cog = random.nextInt(3600) / 10.0;
            withMotion(other);
            double vx = other.east - own.east;
            double vy = other.north - own.north;
            double speed = Math.hypot(vx, vy);
            double x;
            double y;
            int placement = random.nextInt(4);
            if (placement == 0 || speed < 1e-3) {
                x = (random.nextDouble() - 0.5) * 6;
                y = (random.nextDouble() - 0.5) * 6;
            } else {
                double jitter = (random.nextDouble() - 0.5) * 0.004;
                double cpa = placement == 1 ? 2.0 + jitter : random.nextDouble() * 2.5;
                double tcpaMinutes = placement == 2 ? jitter * 60 : placement == 3 ? 20 + jitter * 60
                        : random.nextDouble() * 25;
                double side = random.nextBoolean() ? 1 : -1;
                x = side * cpa * -vy / speed - vx * tcpaMinutes / 60;
                y = side * cpa * vx / speed - vy * tcpaMinutes / 60;
            }
            if (tiers.clearlyNone(own.east, own.north, own.tanLatPlusOne, x, y, other.east, other.north)) {
                clear++;
                assertThat(tiers.flatLevel(own, x, y, other.east, other.north)).as("pair %d", i)
                        .isEqualTo(RiskLevel.NONE);
            }
        }
        assertThat(clear).isGreaterThan(pairs / 5);
    }

    private static void withMotion(Track track) {
        track.cosLat = Math.cos(Math.toRadians(track.lat));
        track.tanLatPlusOne = Math.abs(Math.tan(Math.toRadians(track.lat))) + 1;
        track.east = track.sog * Math.sin(Math.toRadians(track.cog));
        track.north = track.sog * Math.cos(Math.toRadians(track.cog));
    }

    private static List<Track> randomTracks(Random random, int count, double spanDegrees) {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var track = new Track(412_000_000L + i);
            track.kind = i % 5 == 0 ? VesselKind.MERCHANT : VesselKind.FISHING;
            track.lat = 29.0 + random.nextDouble() * spanDegrees;
            track.lon = 122.0 + random.nextDouble() * spanDegrees;
            track.sog = random.nextDouble() * 15;
            track.cog = random.nextInt(3600) / 10.0;
            track.timeMillis = 1_000_000;
            withMotion(track);
            tracks.add(track);
        }
        return tracks;
    }

    private static VesselState state(Track track) {
        return new VesselState(track.lat, track.lon, track.sog, track.cog);
    }
}
