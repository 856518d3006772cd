package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anlan.geo.Geometries;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceKind;
import org.anlan.vessel.fence.FenceRule;
import org.anlan.vessel.fence.FenceSet;
import org.junit.jupiter.api.Test;

class PositionPipelineTest {

    private static final long FISHING = 412_000_001L;
    private static final long MERCHANT = 413_000_001L;
    private static final Instant T0 = Instant.parse("2026-07-01T02:00:00Z");
    private static final VesselKindLookup KINDS = mmsi -> mmsi == MERCHANT ? VesselKind.MERCHANT : VesselKind.FISHING;

    /** Dangerous water east of 122.00°E between 29.00° and 29.10°N. */
    private static final Fence DANGER = Fence.polygon("danger", "危险水域", FenceKind.DANGEROUS,
            Geometries.fromWkt("POLYGON((122.0 29.0, 122.2 29.0, 122.2 29.1, 122.0 29.1, 122.0 29.0))"),
            List.of(FenceRule.NO_ENTRY), Set.of(VesselKind.FISHING));

    private final List<Alarm> alarms = new ArrayList<>();

    @Test
    void aBoatCrossingIntoDangerousWaterRaisesOneViolation() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 40; i++) {
            double lon = 121.99 + i * 0.0005;
            alarms.addAll(pipeline.acceptSentence(sentence(FISHING, 29.05, lon, 8, 90, i), T0.plusSeconds(10L * i)));
        }

        assertThat(alarms).singleElement().satisfies(alarm -> {
            var fenceAlarm = (FenceAlarm) alarm;
            assertThat(fenceAlarm.type()).isEqualTo(FenceAlarm.Type.VIOLATION);
            assertThat(fenceAlarm.rule()).isEqualTo(FenceRule.NO_ENTRY);
            assertThat(fenceAlarm.fence().id()).isEqualTo("danger");
            assertThat(fenceAlarm.lon()).isGreaterThan(122.0);
        });
    }

    @Test
    void aBoatOnTheLineDoesNotFlap() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 200; i++) {
            double lon = 122.0 + (i % 2 == 0 ? 0.00005 : -0.00005) * (1 + i % 3);
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, lon, 0.5, 90, T0.plusSeconds(10L * i))));
        }

        assertThat(alarms).isEmpty();
    }

    @Test
    void inAndOutAgainRaisesEnterAndExitForAFenceWithoutEntryRule() {
        Fence channel = Fence.polygon("channel", null, FenceKind.CHANNEL, DANGER.area(), List.of(), Set.of());
        var pipeline = new PositionPipeline(FenceSet.of(List.of(channel)), KINDS, PipelineSettings.DEFAULTS);
        double[] lons = {121.98, 121.98, 122.05, 122.05, 122.05, 121.95, 121.95, 121.95};
        for (int i = 0; i < lons.length; i++) {
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, lons[i], 5, 90, T0.plusSeconds(60L * i))));
        }

        assertThat(alarms).extracting(a -> ((FenceAlarm) a).type())
                .containsExactly(FenceAlarm.Type.ENTER, FenceAlarm.Type.EXIT);
    }

    @Test
    void rulesApplyOnlyToTheirVesselKinds() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 5; i++) {
            alarms.addAll(pipeline.accept(position(MERCHANT, 29.05, 122.1, 12, 90, T0.plusSeconds(10L * i))));
        }

        assertThat(alarms).isEmpty();
    }

    @Test
    void speedAndDwellViolationsOncePerStay() {
        Fence anchorage = Fence.polygon("anchorage", null, FenceKind.RESTRICTED, DANGER.area(),
                List.of(new FenceRule.SpeedLimit(6), new FenceRule.DwellLimit(Duration.ofMinutes(5)), FenceRule.NO_EXIT),
                Set.of());
        var pipeline = new PositionPipeline(FenceSet.of(List.of(anchorage)), KINDS, PipelineSettings.DEFAULTS);
        for (int i = 0; i < 60; i++) {
            double sog = i < 10 ? 9 : 3;
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, 122.1, sog, 90, T0.plusSeconds(30L * i))));
        }
        for (int i = 60; i < 63; i++) {
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, 121.9, 3, 270, T0.plusSeconds(30L * i))));
        }

        assertThat(alarms).extracting(a -> ((FenceAlarm) a).type() + " " + ((FenceAlarm) a).rule())
                .containsExactly("ENTER null", "VIOLATION SpeedLimit[knots=6.0]",
                        "VIOLATION DwellLimit[maximum=PT5M]", "VIOLATION NoExit[]");
    }

    @Test
    void theSameReportFromSeveralReceiversCountsOnce() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        String line = sentence(FISHING, 29.05, 121.5, 8, 90, 7);
        pipeline.acceptSentence(line, T0);
        pipeline.acceptSentence(line, T0.plusMillis(300));
        pipeline.acceptSentence(line.replace(",A,", ",B,").substring(0, line.length() - 2)
                + PositionSentences.checksum(line.replace(",A,", ",B,").substring(1, line.length() - 3)), T0.plusSeconds(1));
        pipeline.acceptSentence(line, T0.plusSeconds(120));

        assertThat(pipeline.counts().positions()).isEqualTo(2);
        assertThat(pipeline.counts().duplicates()).isEqualTo(2);
    }

    @Test
    void headOnMerchantAndFishingBoatRaiseRisingTiersOnce() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        // 2 nm apart on the same parallel, 10 kn each, closing: CPA 0, TCPA 6 minutes.
        double halfGap = 1.0 / 60 / Math.cos(Math.toRadians(29.5));
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plusSeconds(i);
            alarms.addAll(pipeline.accept(position(FISHING, 29.5, 122.0 - halfGap, 10, 90, at)));
            alarms.addAll(pipeline.accept(position(MERCHANT, 29.5, 122.0 + halfGap, 10, 270, at)));
        }

        assertThat(alarms).singleElement().satisfies(alarm -> {
            var collision = (CollisionAlarm) alarm;
            assertThat(collision.level()).isEqualTo(RiskLevel.ALARM);
            assertThat(collision.cpa().cpaNm()).isLessThan(0.01);
            assertThat(collision.cpa().tcpaMin().getAsDouble()).isBetween(5.9, 6.1);
        });
    }

    @Test
    void divergingPairAndFishingPairsRaiseNothing() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        double halfGap = 1.0 / 60 / Math.cos(Math.toRadians(29.5));
        alarms.addAll(pipeline.accept(position(FISHING, 29.5, 122.0 - halfGap, 10, 270, T0)));
        alarms.addAll(pipeline.accept(position(MERCHANT, 29.5, 122.0 + halfGap, 10, 90, T0)));
        alarms.addAll(pipeline.accept(position(FISHING + 1, 29.5, 122.0 - 3 * halfGap, 10, 90, T0)));

        assertThat(alarms).isEmpty();
    }

    @Test
    void replacingFencesKeepsStays() {
        var pipeline = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 3; i++) {
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, 122.1, 5, 90, T0.plusSeconds(10L * i))));
        }
        pipeline.replaceFences(FenceSet.of(List.of(DANGER)));
        for (int i = 3; i < 6; i++) {
            alarms.addAll(pipeline.accept(position(FISHING, 29.05, 122.1, 5, 90, T0.plusSeconds(10L * i))));
        }

        assertThat(alarms).hasSize(1);
    }

    private PositionPipeline pipeline(PipelineSettings settings) {
        return new PositionPipeline(FenceSet.of(List.of(DANGER)), KINDS, settings);
    }

    private static Position position(long mmsi, double lat, double lon, double sog, double cog, Instant at) {
        return new Position(mmsi, at, lat, lon, sog, cog, Position.Source.BEIDOU);
    }

    private static String sentence(long mmsi, double lat, double lon, double sog, double cog, int second) {
        return PositionSentences.encode(new PositionSentences.Report(1, mmsi, 0, lat, lon, sog, cog, (int) cog,
                second % 60), 'A');
    }
}
