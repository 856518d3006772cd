package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.ObjIntConsumer;
import org.anlan.vessel.fence.FenceSet;
import org.junit.jupiter.api.Test;

/**
 * Pins what the whole pipeline raises on the benchmark's fixed-seed traffic (the seed, fleet and fences of
 * {@code bench vessels}), so that a faster pipeline is shown to raise exactly the same alarms, in the same order,
 * from the same counts, whether it takes the lines one by one or replays them in blocks. The expected values were
 * recorded with the straightforward pipeline before it was tuned.
 */
class SyntheticTrafficPipelineTest {

    private static final long SEED = 20_260_529L;
    private static final long START_MILLIS = 1_780_000_000_000L;
    private static final long POSITIONS = 179_942;
    private static final long DUPLICATES = 20_058;
    private static final long FENCE_ALARMS = 14_852;
    private static final long COLLISION_ALARMS = 12_321;
    private static final long PAIRS_COMPARED = 1_272_384;
    private static final FenceSet FENCES = FenceSet.of(SyntheticTraffic.fences(SEED, 1000));
    private static final String ALARMS_SHA256 =
            "8f21282db8fb7fa1259d720b67b1697135ac49ebb8c7e80bdfadaa0cb9c6bb67";

    @Test
    void theBenchmarkTrafficRaisesThePinnedAlarms() throws Exception {
        SyntheticTraffic.Stream stream = SyntheticTraffic.sentences(SEED, 3000, 200_000, START_MILLIS, 1);
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        var alarms = new PinnedAlarms();
        for (int i = 0; i < stream.lines().length; i++) {
            for (Alarm alarm : pipeline.acceptSentence(stream.lines()[i],
                    Instant.ofEpochMilli(stream.receivedAtMillis()[i]))) {
                alarms.accept(alarm, i);
            }
        }
        alarms.check(pipeline.counts());
    }

    @Test
    void theBlockReplayRaisesThePinnedAlarms() throws Exception {
        SyntheticTraffic.Stream stream = SyntheticTraffic.sentences(SEED, 3000, 200_000, START_MILLIS, 1);
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        var alarms = new PinnedAlarms();
        pipeline.replay(stream.lines(), stream.receivedAtMillis(), alarms);
        alarms.check(pipeline.counts());
    }

    /** The digest of every alarm with its line, and the count of each kind. */
    private static final class PinnedAlarms implements ObjIntConsumer<Alarm> {
        private final MessageDigest digest;
        private long fenceAlarms;
        private long collisionAlarms;

        PinnedAlarms() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void accept(Alarm alarm, int line) {
            digest.update((line + " " + describe(alarm) + "\n").getBytes(StandardCharsets.UTF_8));
            if (alarm instanceof FenceAlarm) {
                fenceAlarms++;
            } else {
                collisionAlarms++;
            }
        }

        void check(PipelineCounts counts) {
            assertThat(counts.positions()).isEqualTo(POSITIONS);
            assertThat(counts.duplicates()).isEqualTo(DUPLICATES);
            assertThat(counts.vessels()).isEqualTo(3000);
            assertThat(counts.fenceAlarms()).isEqualTo(fenceAlarms).isEqualTo(FENCE_ALARMS);
            assertThat(counts.collisionAlarms()).isEqualTo(collisionAlarms).isEqualTo(COLLISION_ALARMS);
            assertThat(counts.pairsCompared()).isEqualTo(PAIRS_COMPARED);
            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(ALARMS_SHA256);
        }
    }

    /** Every field of an alarm; a fence by its id. */
    private static String describe(Alarm alarm) {
        if (alarm instanceof FenceAlarm fence) {
            return "fence " + fence.type() + " " + fence.mmsi() + " " + fence.at() + " " + fence.lat() + " "
                    + fence.lon() + " " + fence.fence().id() + " " + fence.rule();
        }
        var collision = (CollisionAlarm) alarm;
        return "collision " + collision.mmsi() + " " + collision.otherMmsi() + " " + collision.at() + " "
                + collision.level() + " " + collision.cpa().cpaNm() + " " + collision.cpa().tcpaMin() + " "
                + collision.distanceNm();
    }
}
