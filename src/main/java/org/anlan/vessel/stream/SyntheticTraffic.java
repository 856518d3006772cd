package org.anlan.vessel.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.anlan.geo.Geometries;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceKind;
import org.anlan.vessel.fence.FenceRule;
import org.locationtech.jts.geom.Coordinate;

/**
 * Fixed-seed synthetic traffic off Xiangshan for benchmarks, replays and tests: fences over the county's sea area
 * (one in 40 with 1,000–1,500 vertices), a fleet (nine in ten fishing, MMSIs 412…), and a stream of AIS sentences
 * in which every tenth report is heard again by a second receiver. Invented data, not the county's.
 */
public final class SyntheticTraffic {

    /** The sea area east and south of Xiangshan the data covers (degrees). */
    public static final double MIN_LON = 121.8;
    public static final double MAX_LON = 122.6;
    public static final double MIN_LAT = 28.9;
    public static final double MAX_LAT = 29.7;

    /** The kinds of the fleet by MMSI: 412000000 + i, fishing unless i % 10 == 0. */
    public static final VesselKindLookup KINDS = mmsi -> mmsi >= 412_000_000L && mmsi < 413_000_000L
            ? ((mmsi - 412_000_000L) % 10 == 0 ? VesselKind.MERCHANT : VesselKind.FISHING) : null;

    /** Sentences in arrival order and the time (epoch milliseconds) each was received. */
    public record Stream(String[] lines, long[] receivedAtMillis) {
    }

    private SyntheticTraffic() {
    }

    public static List<Fence> fences(long seed, int count) {
        var random = new Random(seed);
        List<Fence> fences = new ArrayList<>(count);
        FenceKind[] kinds = FenceKind.values();
        for (int i = 0; i < count; i++) {
            double cx = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
            double cy = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            boolean large = i % 40 == 0;
            int vertices = large ? 1000 + random.nextInt(500) : 4 + random.nextInt(60);
            double radius = large ? 0.05 + random.nextDouble() * 0.1 : 0.004 + random.nextDouble() * 0.03;
            List<FenceRule> rules = switch (i % 4) {
                case 0 -> List.of(FenceRule.NO_ENTRY);
                case 1 -> List.of(new FenceRule.SpeedLimit(6));
                case 2 -> List.of(new FenceRule.DwellLimit(Duration.ofHours(2)));
                default -> List.of();
            };
            Set<VesselKind> appliesTo = i % 3 == 0 ? Set.of(VesselKind.FISHING) : Set.of();
            String id = "syn-" + i;
            FenceKind kind = kinds[i % kinds.length];
            if (!large && i % 7 == 0) {
                fences.add(Fence.circle(id, id, kind, new Fence.Circle(cy, cx, radius * 111_000), rules, appliesTo));
            } else {
                fences.add(Fence.polygon(id, id, kind, star(random, cx, cy, radius, vertices), rules, appliesTo));
            }
        }
        return fences;
    }

    /** {@code count} sentences from {@code vessels} boats moving in straight lines, one report per boat in turn. */
    public static Stream sentences(long seed, int vessels, int count, long startMillis, long intervalMillis) {
        var random = new Random(seed);
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        double[] sog = new double[vessels];
        double[] cog = new double[vessels];
        for (int v = 0; v < vessels; v++) {
            lat[v] = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            lon[v] = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
            sog[v] = v % 10 == 0 ? 10 + random.nextDouble() * 8 : random.nextDouble() * 9;
            cog[v] = random.nextInt(3600) / 10.0;
        }
        String[] lines = new String[count];
        long[] times = new long[count];
        long time = startMillis;
        for (int i = 0; i < count; i++) {
            if (i % 10 == 9) {
                lines[i] = lines[i - 1];
                times[i] = time;
                continue;
            }
            int v = random.nextInt(vessels);
            double hours = 10.0 / 3600;
            lat[v] += sog[v] * hours * Math.cos(Math.toRadians(cog[v])) / 60;
            lon[v] += sog[v] * hours * Math.sin(Math.toRadians(cog[v])) / (60 * Math.cos(Math.toRadians(lat[v])));
            if (lat[v] < MIN_LAT || lat[v] > MAX_LAT || lon[v] < MIN_LON || lon[v] > MAX_LON) {
                cog[v] = (cog[v] + 180) % 360;
                lat[v] = Math.max(MIN_LAT, Math.min(MAX_LAT, lat[v]));
                lon[v] = Math.max(MIN_LON, Math.min(MAX_LON, lon[v]));
            }
            int type = v % 10 == 0 ? 1 : 18;
            var report = new PositionSentences.Report(type, 412_000_000L + v, 0, lat[v], lon[v], sog[v], cog[v],
                    (int) cog[v], (int) (time / 1000 % 60));
            lines[i] = PositionSentences.encode(report, random.nextBoolean() ? 'A' : 'B');
            times[i] = time;
            time += intervalMillis;
        }
        return new Stream(lines, times);
    }

    private static org.locationtech.jts.geom.Polygon star(Random random, double cx, double cy, double radius,
            int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        double cos = Math.cos(Math.toRadians(cy));
        for (int k = 0; k < vertices; k++) {
            double angle = 2 * Math.PI * k / vertices;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring[k] = new Coordinate(cx + r * Math.cos(angle) / cos, cy + r * Math.sin(angle));
        }
        ring[vertices] = ring[0].copy();
        return Geometries.FACTORY.createPolygon(ring);
    }
}
