package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceSet;
import org.junit.jupiter.api.Test;

class FixBlockTest {

    @Test
    void growsKeepingItsEntriesAndLocatesEachFixAsTheFenceSetDoes() {
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
        block.locate(fences);

        assertThat(block.size).isEqualTo(100);
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
                continue;
            }
            assertThat(block.types[i]).isEqualTo(FixBlock.FIX);
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
