package org.anlan.vessel.fence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.anlan.geo.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/**
 * The grid index answers exactly as JTS {@code covers} on every fence: random star polygons (with holes, up to
 * 1,500 vertices), multipolygons and lattice polygons whose edges, vertices and horizontal runs are hit exactly
 * by lattice query points. The bounded near-the-boundary test answers as the exact distance does.
 */
class FenceSetProperties {

    private static final double LAT0 = 28.8;
    private static final double LON0 = 121.5;

    @Property(tries = 25)
    void answersAsJtsCoversForRandomFencesAndPoints(@ForAll long seed) {
        var random = new Random(seed);
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fences.add(Fence.polygon("f" + i, null, FenceKind.DANGEROUS, randomArea(random), List.of(), Set.of()));
        }
        FenceSet set = FenceSet.of(fences);
        var hits = new FenceHits();
        for (Coordinate point : queryPoints(random, fences)) {
            set.covering(point.y, point.x, hits);
            int[] expected = fences.stream().filter(f -> f.area().covers(Geometries.FACTORY.createPoint(point)))
                    .mapToInt(fences::indexOf).toArray();
            assertThat(hits.toSortedArray()).as("fences covering %s", point).isEqualTo(expected);
        }
    }

    @Property(tries = 10)
    void nearBoundaryAnswersAsTheExactDistance(@ForAll long seed) {
        var random = new Random(seed);
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fences.add(Fence.polygon("f" + i, null, FenceKind.DANGEROUS, randomArea(random), List.of(), Set.of()));
        }
        FenceSet set = FenceSet.of(fences);
        for (int f = 0; f < fences.size(); f++) {
            Coordinate[] vertices = fences.get(f).area().getCoordinates();
            for (int i = 0; i < 150; i++) {
                Coordinate a = vertices[random.nextInt(vertices.length - 1)];
                Coordinate b = vertices[random.nextInt(vertices.length - 1)];
                double t = random.nextDouble();
                double metres = random.nextInt(3) == 0 ? random.nextDouble() * 200 : 20;
                double offsetDegrees = random.nextDouble() * 2.5 * metres / 111_000;
                double angle = random.nextDouble() * 2 * Math.PI;
                double lon = (i % 2 == 0 ? a.x : a.x + t * (b.x - a.x)) + offsetDegrees * Math.cos(angle);
                double lat = (i % 2 == 0 ? a.y : a.y + t * (b.y - a.y)) + offsetDegrees * Math.sin(angle);
                assertThat(set.withinMetresOfBoundary(f, lat, lon, metres))
                        .as("fence %d, %s,%s within %s m", f, lat, lon, metres)
                        .isEqualTo(set.distanceToBoundaryMetres(f, lat, lon) < metres);
            }
        }
    }

    @Test
    void boundaryPointsAreInsideAsWithCovers() {
        Polygon square = (Polygon) Geometries.fromWkt("POLYGON((121 29, 122 29, 122 30, 121 30, 121 29))");
        FenceSet set = FenceSet.of(List.of(Fence.polygon("sq", null, FenceKind.RESTRICTED, square, List.of(), Set.of())));

        assertThat(set.covers(0, 29.0, 121.5)).isTrue();
        assertThat(set.covers(0, 30.0, 122.0)).isTrue();
        assertThat(set.covers(0, 29.5, 121.5)).isTrue();
        assertThat(set.covers(0, 29.5, 122.0000001)).isFalse();
        assertThat(set.fencesCovering(28.9, 121.5)).isEmpty();
    }

    @Test
    void circlesAreKeptAndIndexedAsPolygons() {
        var circle = new Fence.Circle(29.0, 122.0, 1852);
        Fence fence = Fence.circle("c", "circle", FenceKind.TYPHOON, circle, List.of(FenceRule.NO_ENTRY), Set.of());
        FenceSet set = FenceSet.of(List.of(fence));

        assertThat(fence.circle()).isEqualTo(circle);
        assertThat(fence.area().getNumPoints()).isEqualTo(Fence.CIRCLE_SEGMENTS + 1);
        assertThat(set.covers(0, 29.0 + 0.99 / 60, 122.0)).isTrue();
        assertThat(set.covers(0, 29.0 + 1.01 / 60, 122.0)).isFalse();
        assertThat(set.distanceToBoundaryMetres(0, 29.0, 122.0)).isBetween(1800.0, 1860.0);
    }

    private static Geometry randomArea(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> star(random, random.nextInt(10) == 0 ? 1000 + random.nextInt(500) : 3 + random.nextInt(40), true);
            case 1 -> star(random, 3 + random.nextInt(200), false);
            case 2 -> Geometries.FACTORY.createMultiPolygon(new Polygon[] {
                    starAt(random, LON0 + 0.2, LAT0 + 0.5, 0.15, 5 + random.nextInt(30), false),
                    starAt(random, LON0 + 0.7, LAT0 + 0.4, 0.15, 5 + random.nextInt(30), false)});
            default -> lattice(random);
        };
    }

    private static Polygon star(Random random, int vertices, boolean hole) {
        return starAt(random, LON0 + 0.2 + random.nextDouble() * 0.6, LAT0 + 0.2 + random.nextDouble() * 0.6,
                0.02 + random.nextDouble() * 0.3, vertices, hole);
    }

    private static Polygon starAt(Random random, double cx, double cy, double radius, int vertices, boolean hole) {
        LinearRing shell = ring(random, cx, cy, radius * 0.5, radius, vertices);
        if (!hole) {
            return Geometries.FACTORY.createPolygon(shell);
        }
        LinearRing inner = ring(random, cx, cy, radius * 0.1, radius * 0.3, 3 + vertices / 4);
        return Geometries.FACTORY.createPolygon(shell, new LinearRing[] {inner});
    }

    private static LinearRing ring(Random random, double cx, double cy, double minRadius, double maxRadius, int n) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = minRadius + random.nextDouble() * (maxRadius - minRadius);
            ring[i] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[n] = ring[0].copy();
        return Geometries.FACTORY.createLinearRing(ring);
    }

    /** A rectilinear staircase on a 1/64-degree lattice: many horizontal and vertical edges. */
    private static Polygon lattice(Random random) {
        double step = 1.0 / 64;
        int x0 = random.nextInt(30);
        int y0 = random.nextInt(30);
        int width = 4 + random.nextInt(20);
        int steps = 1 + random.nextInt(4);
        List<Coordinate> ring = new ArrayList<>();
        ring.add(new Coordinate(LON0 + x0 * step, LAT0 + y0 * step));
        ring.add(new Coordinate(LON0 + (x0 + width) * step, LAT0 + y0 * step));
        int x = x0 + width;
        int y = y0;
        for (int s = 0; s < steps; s++) {
            y += 2;
            ring.add(new Coordinate(LON0 + x * step, LAT0 + y * step));
            x -= width / (steps + 1);
            ring.add(new Coordinate(LON0 + x * step, LAT0 + y * step));
        }
        y += 2;
        ring.add(new Coordinate(LON0 + x * step, LAT0 + y * step));
        ring.add(new Coordinate(LON0 + x0 * step, LAT0 + y * step));
        ring.add(ring.get(0).copy());
        return Geometries.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static List<Coordinate> queryPoints(Random random, List<Fence> fences) {
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            points.add(new Coordinate(LON0 - 0.05 + random.nextDouble() * 1.1, LAT0 - 0.05 + random.nextDouble() * 1.1));
        }
        for (int i = 0; i < 500; i++) {
            points.add(new Coordinate(LON0 + random.nextInt(70) / 64.0, LAT0 + random.nextInt(70) / 64.0));
        }
        for (Fence fence : fences) {
            Coordinate[] vertices = fence.area().getCoordinates();
            for (int i = 0; i < 20; i++) {
                Coordinate a = vertices[random.nextInt(vertices.length - 1)];
                points.add(a.copy());
                Coordinate b = vertices[random.nextInt(vertices.length - 1)];
                points.add(new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2));
                points.add(new Coordinate(a.x, b.y));
            }
        }
        return points;
    }
}
