package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw pyais, DMA and libais streams: decoded end to end, every line accounted for, no decoder fault. */
class AisStreamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pyais/nmea_data_sample.txt", "pyais/mixed.txt", "pyais/messages.ais",
            "pyais/timestamped.ais", "pyais/ais_test_messages", "pyais/gatehouse.nmea",
            "dma-aislib/decode_encode_messages.txt", "dma-aislib/stream_example.txt",
            "dma-aislib/small_cb_example.txt", "dma-aislib/retry_example.txt", "libais/test.aivdm",
            "libais/tagblock.nmea"})
    void decodesTheStreamWithPlausibleCounts(String file) throws IOException {
        List<String> lines = AisTestFiles.lines(file);
        var decoder = new AisDecoder();
        long emitted = lines.stream().mapToLong(line -> decoder.feed(line).size()).sum();

        AisCounts counts = decoder.counts();
        assertThat(counts.lines()).isEqualTo(lines.size());
        assertThat(counts.rejects()).doesNotContainKey(RejectReason.DECODER_FAULT);
        assertThat(counts.messages()).isEqualTo(emitted).isPositive();
        assertThat(counts.sentences() + counts.skippedLines() + counts.rejectedLines())
                .as("every line is a sentence, a skip or a reject").isEqualTo(lines.size());
        assertThat(counts.decoded() + counts.unsupported()).as("most sentences yield a payload")
                .isGreaterThan(counts.sentences() / 2);
    }

}
