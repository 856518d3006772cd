package org.anlan.vessel.ais;

import java.util.Map;

/**
 * What a decoder has seen. Every sentence ends up decoded (alone or as part of a group), skipped, or rejected.
 *
 * @param lines            lines fed: each is a sentence, a skipped line or a rejected line
 * @param skippedLines     blank, comment, proprietary, other and tag-block-only lines
 * @param rejectedLines    lines rejected before reassembly (the rest of {@code rejects} concern groups and payloads)
 * @param sentences        AIVDM/AIVDO sentences that passed the checksum and field checks
 * @param messages         messages emitted
 * @param decodedByType    payloads decoded, per message type (type 24 counts each part)
 * @param unsupportedByType complete payloads of types this decoder does not interpret
 * @param checksumErrors   sentences with a wrong checksum
 * @param rejects          every reject, per reason (checksum errors included)
 * @param tagBlocks        NMEA 4 tag blocks skipped (with or without a sentence after them)
 * @param proprietary      proprietary sentences ({@code $P...}, {@code !P...}) skipped
 * @param otherSentences   other NMEA sentences skipped
 * @param blankOrComment   blank and {@code #} comment lines
 * @param incompleteGroups multi-sentence groups dropped before completion (expired, evicted, out of order)
 * @param type24Pending    type 24 part A records waiting for their part B
 */
public record AisCounts(long lines, long skippedLines, long rejectedLines, long sentences, long messages, Map<Integer, Long> decodedByType,
        Map<Integer, Long> unsupportedByType, long checksumErrors, Map<RejectReason, Long> rejects, long tagBlocks,
        long proprietary, long otherSentences, long blankOrComment, long incompleteGroups, int type24Pending) {

    public long decoded() {
        return decodedByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long unsupported() {
        return unsupportedByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejected() {
        return rejects.values().stream().mapToLong(Long::longValue).sum();
    }
}
