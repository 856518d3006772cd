package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;
import org.junit.jupiter.api.Test;

class FixBlockTest {

    @Test
    void growsKeepingItsEntriesDropsDuplicatesAndLocatesEachFreshFixAsTheFenceSetDoes() {
        var fences = FenceSet.of(SyntheticTraffic.fences(3, 200));
        var block = new FixBlock(1);
        for (int i = 0; i < 100; i++) {
            block.line(i);
            if (i % 10 == 3) {
                block.reportedKind(412_000_000L + i, VesselKind.FISHING);
            } else {
                block.fix(412_000_000L + i, 1_000L * i, 29.0 + i * 0.006, 121.9 + i * 0.005, i, i, Position.Source.AIS,
                        i, -i, 7);
            }
        }
        block.fix(0, 1, 29.3, 122.2, 1, 1, Position.Source.AIS, 0, 0, 0);
        // A copy of entry 5 heard again, and a late fix of vessel 7 (older than its fix in the block).
        block.line(100);
        block.fix(412_000_005L, 5_000L, 29.03, 121.925, 5, 5, Position.Source.AIS, 5, -5, 7);
        block.line(101);
        block.fix(412_000_007L, 6_000L, 29.2, 122.1, 5, 5, Position.Source.AIS, 1, 2, 3);
        block.resolveTracks(new TrackTable(), new VesselCheck(fences, VesselKindLookup.UNKNOWN,
                PipelineSettings.DEFAULTS));
        block.locate(fences);

        assertThat(block.size).isEqualTo(102);
        assertThat(block.fresh[100]).isFalse();
        assertThat(block.fresh[101]).isFalse();
        assertThat(block.hitCounts[100]).isZero();
        assertThat(block.hitCounts[101]).isZero();
        assertThat(block.tracks[100]).isSameAs(block.tracks[5]);
        assertThat(block.takeUnusable()).isEqualTo(1);
        var expected = new FenceHits();
        var actual = new FenceHits();
        int withHits = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(block.lines[i]).isEqualTo(i);
            assertThat(block.mmsis[i]).isEqualTo(412_000_000L + i);
            if (i % 10 == 3) {
                assertThat(block.types[i]).isEqualTo(FixBlock.KIND);
                assertThat(block.kinds[i]).isEqualTo(VesselKind.FISHING);
                assertThat(block.fresh[i]).isFalse();
                continue;
            }
            assertThat(block.types[i]).isEqualTo(FixBlock.FIX);
            assertThat(block.fresh[i]).isTrue();
            assertThat(block.times[i]).isEqualTo(1_000L * i);
            assertThat(block.fingerprints[3 * i + 1]).isEqualTo(-i);
            fences.covering(block.lats[i], block.lons[i], expected);
            block.hitsOf(i, actual);
            assertThat(actual.toSortedArray()).isEqualTo(expected.toSortedArray());
            withHits += actual.size() > 0 ? 1 : 0;
        }
        assertThat(withHits).isPositive();
    }
}
