package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CountingSortTest {

    /** The places are those of a stable sort by key, and each key's items start where the starts say. */
    @Test
    void placesItemsAsAStableSortByKey() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int keys = 1 + random.nextInt(40);
            int count = random.nextInt(300);
            int[] keyOf = IntStream.range(0, count).map(i -> random.nextInt(keys)).toArray();
            int[] starts = new int[keys + 1];
            int[] places = new int[count];
            CountingSort.order(keyOf, count, keys, starts, places);

            int[] stable = IntStream.range(0, count).boxed()
                    .sorted(Comparator.comparingInt(i -> keyOf[i])).mapToInt(Integer::intValue).toArray();
            for (int place = 0; place < count; place++) {
                assertThat(places[stable[place]]).isEqualTo(place);
            }
            for (int k = 0; k < keys; k++) {
                int key = k;
                long items = IntStream.of(keyOf).filter(x -> x == key).count();
                assertThat(starts[k + 1] - starts[k]).isEqualTo((int) items);
            }
            assertThat(starts[0]).isZero();
            assertThat(starts[keys]).isEqualTo(count);
        }
    }
}
