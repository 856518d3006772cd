package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks hold exactly what was appended and not removed, through growth, moves and the reuse of freed blocks. */
class CellBlocksTest {

    @Test
    void blocksKeepTheirEntriesThroughRandomAppendsRemovalsAndGrowth() {
        var random = new Random(17);
        var blocks = new CellBlocks();
        Map<Integer, List<Long>> expected = new HashMap<>();
        List<Integer> open = new ArrayList<>();
        long next = 1;
        for (int step = 0; step < 200_000; step++) {
            int choice = random.nextInt(10);
            if (open.isEmpty() || choice == 0) {
                int block = blocks.open();
                assertThat(expected).doesNotContainKey(block);
                expected.put(block, new ArrayList<>());
                open.add(block);
            } else if (choice < 6) {
                int i = random.nextInt(open.size());
                int block = open.get(i);
                if (blocks.full(block)) {
                    List<Long> values = expected.remove(block);
                    block = blocks.grow(block);
                    expected.put(block, values);
                    open.set(i, block);
                }
                int at = blocks.append(block);
                blocks.arena[at + CellBlocks.SLOT] = next;
                blocks.arena[at + CellBlocks.LAT] = -next;
                expected.get(block).add(next++);
            } else {
                int i = random.nextInt(open.size());
                int block = open.get(i);
                List<Long> values = expected.get(block);
                if (values.isEmpty()) {
                    blocks.release(block);
                    expected.remove(block);
                    open.remove(i);
                    continue;
                }
                int victim = random.nextInt(values.size());
                int moved = blocks.remove(block, CellBlocks.entry(block, victim));
                long last = values.remove(values.size() - 1);
                if (victim < values.size()) {
                    values.set(victim, last);
                    assertThat(moved).isEqualTo((int) last);
                } else {
                    assertThat(moved).isEqualTo(-1);
                }
            }
            if (step % 997 == 0) {
                assertHolds(blocks, expected);
            }
        }
        assertHolds(blocks, expected);
        assertThat(expected).hasSizeGreaterThan(10);
    }

    private static void assertHolds(CellBlocks blocks, Map<Integer, List<Long>> expected) {
        expected.forEach((block, values) -> {
            assertThat(blocks.size(block)).isEqualTo(values.size());
            for (int i = 0; i < values.size(); i++) {
                int at = CellBlocks.entry(block, i);
                assertThat(blocks.arena[at + CellBlocks.SLOT]).isEqualTo(values.get(i));
                assertThat(blocks.arena[at + CellBlocks.LAT]).isEqualTo(-values.get(i));
            }
        });
    }
}
