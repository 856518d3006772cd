package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.anlan.geo.Geometries;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceKind;
import org.anlan.vessel.fence.FenceSet;
import org.locationtech.jts.geom.Coordinate;

/**
 * A fix that takes {@link FenceWatch}'s settled shortcut (the covering fences of the vessel's last fix, its stays
 * all settled inside) raises the alarms and leaves the stays exactly as the full matching of fences to stays does:
 * vessels wander slowly through crowded, overlapping fences with speed and dwell rules, changing kind now and then,
 * watched once as the pipeline does and once with the shortcut cleared before every fix.
 */
class FenceWatchSettledProperties {

    private static final FenceSet FENCES = FenceSet.of(SyntheticTraffic.fences(5, 150));
    private static final PipelineSettings.Debounce DEBOUNCE =
            new PipelineSettings.Debounce(2, Duration.ofSeconds(20), 20);

    @Property(tries = 40)
    void theSettledShortcutChangesNothing(@ForAll long seed) {
        var random = new Random(seed);
        var watched = new FenceWatch(FENCES, DEBOUNCE);
        var reference = new FenceWatch(FENCES, DEBOUNCE);
        int vessels = 8;
        Track[] tracks = new Track[vessels];
        Track[] referenceTracks = new Track[vessels];
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        for (int v = 0; v < vessels; v++) {
            tracks[v] = new Track(412_000_000L + v);
            referenceTracks[v] = new Track(412_000_000L + v);
            lat[v] = SyntheticTraffic.MIN_LAT + random.nextDouble() * (SyntheticTraffic.MAX_LAT - SyntheticTraffic.MIN_LAT);
            lon[v] = SyntheticTraffic.MIN_LON + random.nextDouble() * (SyntheticTraffic.MAX_LON - SyntheticTraffic.MIN_LON);
        }
        var hits = new FenceHits();
        List<Alarm> alarms = new ArrayList<>();
        List<Alarm> expected = new ArrayList<>();
        int shortcuts = 0;
        long time = 1_780_000_000_000L;
        for (int fix = 0; fix < 4_000; fix++) {
            int v = random.nextInt(vessels);
            time += random.nextInt(30_000);
            lat[v] += (random.nextDouble() - 0.5) * 0.002;
            lon[v] += (random.nextDouble() - 0.5) * 0.002;
            double sog = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 12;
            VesselKind kind = random.nextInt(200) == 0 ? VesselKind.MERCHANT : VesselKind.FISHING;
            Track track = tracks[v];
            Track referenceTrack = referenceTracks[v];
            track.kind = kind;
            referenceTrack.kind = kind;
            FENCES.covering(lat[v], lon[v], hits);
            if (hits.size() == 0 && track.stayCount == 0) {
                continue;
            }
            if (track.settledFences != 0 && track.settledFences == FenceWatch.settledKey(hits, kind)) {
                shortcuts++;
            }
            alarms.clear();
            expected.clear();
            watched.update(track, hits, lat[v], lon[v], sog, time, alarms);
            referenceTrack.settledFences = 0;
            reference.update(referenceTrack, hits, lat[v], lon[v], sog, time, expected);

            assertThat(alarms).isEqualTo(expected);
            assertThat(track.stayCount).isEqualTo(referenceTrack.stayCount);
            assertThat(Arrays.copyOf(track.stays, track.stayCount * Track.FenceStay.STRIDE))
                    .isEqualTo(Arrays.copyOf(referenceTrack.stays, track.stayCount * Track.FenceStay.STRIDE));
        }
        assertThat(shortcuts).isGreaterThan(100);
    }

    /**
     * A vessel crossing from fence B into the adjacent fence A stops within the hysteresis band: B is kept, A not
     * entered, so its one stay is not the one covering fence. Its next fix, covered by A alone again but clear of
     * the band, must still enter A and leave B.
     */
    @Example
    void aStayKeptByTheHysteresisBandIsNotSettled() {
        var fences = FenceSet.of(List.of(square("A", 122.0), square("B", 122.1)));
        var watch = new FenceWatch(fences, new PipelineSettings.Debounce(1, Duration.ZERO, 20));
        var track = new Track(412_000_001L);
        track.kind = VesselKind.FISHING;
        var hits = new FenceHits();
        List<Alarm> alarms = new ArrayList<>();
        double[] lons = {122.15, 122.0999, 122.09};
        List<List<String>> raised = new ArrayList<>();
        for (int fix = 0; fix < lons.length; fix++) {
            fences.covering(29.05, lons[fix], hits);
            alarms.clear();
            watch.update(track, hits, 29.05, lons[fix], 5, 1_780_000_000_000L + fix * 60_000L, alarms);
            raised.add(alarms.stream().map(a -> ((FenceAlarm) a).type() + " " + ((FenceAlarm) a).fence().id())
                    .toList());
        }

        assertThat(raised).containsExactly(List.of("ENTER B"), List.of(), List.of("ENTER A", "EXIT B"));
    }

    private static Fence square(String id, double west) {
        var ring = new Coordinate[] {new Coordinate(west, 29.0), new Coordinate(west + 0.1, 29.0),
                new Coordinate(west + 0.1, 29.1), new Coordinate(west, 29.1), new Coordinate(west, 29.0)};
        return Fence.polygon(id, id, FenceKind.values()[0], Geometries.FACTORY.createPolygon(ring), List.of(),
                Set.of());
    }

    @Property(tries = 20)
    void keysDifferForDifferentFencesOrKinds(@ForAll long seed) {
        var random = new Random(seed);
        var a = new FenceHits();
        var b = new FenceHits();
        FENCES.covering(29.0 + random.nextDouble() * 0.7, 121.8 + random.nextDouble() * 0.8, a);
        FENCES.covering(29.0 + random.nextDouble() * 0.7, 121.8 + random.nextDouble() * 0.8, b);
        long keyA = FenceWatch.settledKey(a, VesselKind.FISHING);
        long keyB = FenceWatch.settledKey(b, VesselKind.FISHING);
        if (keyA != 0 && keyB != 0) {
            assertThat(keyA == keyB).isEqualTo(Arrays.equals(a.toSortedArray(), b.toSortedArray()));
            assertThat(FenceWatch.settledKey(a, VesselKind.MERCHANT)).isNotEqualTo(keyA);
        }
        assertThat(keyA == 0).isEqualTo(a.size() == 0 || a.size() > FenceWatch.SETTLED_MAX_FENCES);
    }
}
