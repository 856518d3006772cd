package org.anlan.vessel.ais;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Streaming AIS decoder: feed lines in arrival order, get the messages each line completes. Not thread-safe;
 * use one per stream. Never throws on input: unusable lines are counted and passed to the reject listener.
 */
public final class AisDecoder {

    /**
     * @param maxOpenGroups         multi-sentence groups kept open at once
     * @param maxGroupAgeSentences  sentences after which an unfinished group is dropped
     * @param maxPendingType24      type 24 part A records kept waiting for part B
     * @param emitType24Parts       also emit part A on its own and an orphan part B (default: only merged records)
     */
    public record Settings(int maxOpenGroups, int maxGroupAgeSentences, int maxPendingType24,
            boolean emitType24Parts) {

        public static final Settings DEFAULTS = new Settings(64, 100, 10_000, false);

        public Settings {
            if (maxOpenGroups < 1 || maxGroupAgeSentences < 1 || maxPendingType24 < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final Settings settings;
    private final Consumer<Reject> onReject;
    private final FragmentAssembler assembler;
    private final Type24Merger type24;
    private final FastPositionPath fastPath = new FastPositionPath();
    private final long[] decodedByType = new long[64];
    private final long[] unsupportedByType = new long[64];
    private final long[] rejects = new long[RejectReason.values().length];
    private long lines;
    private long skippedLines;
    private long rejectedLines;
    private long sentences;
    private long messages;
    private long tagBlocks;
    private long proprietary;
    private long otherSentences;
    private long blankOrComment;

    public AisDecoder() {
        this(Settings.DEFAULTS, reject -> {
        });
    }

    public AisDecoder(Settings settings, Consumer<Reject> onReject) {
        this.settings = settings;
        this.onReject = onReject;
        this.assembler = new FragmentAssembler(settings.maxOpenGroups(), settings.maxGroupAgeSentences());
        this.type24 = new Type24Merger(settings.maxPendingType24());
    }

    /** The messages this line completes: none or one. */
    public List<AisMessage> feed(String line) {
        lines++;
        try {
            SentenceParse parse = SentenceParser.parse(line);
            if (parse instanceof NmeaSentence sentence) {
                return accept(sentence);
            }
            if (parse instanceof Skip skip) {
                return skipped(skip);
            }
            rejectedLines++;
            return rejected((Reject) parse);
        } catch (RuntimeException fault) {
            // A decoder bug must not stop the stream; it is counted so that tests and operators see it.
            return rejected(new Reject(RejectReason.DECODER_FAULT, fault.toString()));
        }
    }

    /**
     * Like {@link #feed(String)}, but a bare single-sentence type 1, 2, 3 or 18 report is decoded into
     * {@code report} without allocating (then {@code report.filled()} is true and no message is returned). Counts
     * are kept exactly as {@link #feed(String)} keeps them.
     */
    public List<AisMessage> feed(String line, PositionReport report) {
        report.filled = false;
        if (line != null) {
            int type = fastPath.decode(line, report);
            if (type != 0) {
                lines++;
                sentences++;
                assembler.countSingle();
                decodedByType[type]++;
                messages++;
                return List.of();
            }
        }
        return feed(line);
    }

    public AisCounts counts() {
        Map<RejectReason, Long> rejectCounts = new EnumMap<>(RejectReason.class);
        for (RejectReason reason : RejectReason.values()) {
            if (rejects[reason.ordinal()] > 0) {
                rejectCounts.put(reason, rejects[reason.ordinal()]);
            }
        }
        return new AisCounts(lines, skippedLines, rejectedLines, sentences, messages, byType(decodedByType), byType(unsupportedByType),
                rejects[RejectReason.BAD_CHECKSUM.ordinal()], rejectCounts, tagBlocks, proprietary, otherSentences,
                blankOrComment, assembler.incompleteGroups(), type24.pending());
    }

    private List<AisMessage> accept(NmeaSentence sentence) {
        sentences++;
        if (sentence.tagged()) {
            tagBlocks++;
        }
        FragmentAssembler.Assembly assembly = assembler.accept(sentence);
        if (assembly instanceof FragmentAssembler.Complete complete) {
            return decode(SixBitPayload.of(complete.armored(), complete.fillBits()));
        }
        if (assembly instanceof FragmentAssembler.OutOfOrder outOfOrder) {
            return rejected(new Reject(RejectReason.FRAGMENT_OUT_OF_ORDER, outOfOrder.detail()));
        }
        return List.of();
    }

    private List<AisMessage> decode(SixBitPayload bits) {
        PayloadDecode decode = PayloadDecoder.decode(bits);
        if (decode instanceof PayloadDecode.Decoded decoded) {
            return decoded(decoded.fields());
        }
        if (decode instanceof PayloadDecode.Unsupported unsupported) {
            unsupportedByType[unsupported.type()]++;
            return List.of();
        }
        return rejected(new Reject(RejectReason.BAD_PAYLOAD_LENGTH, ((PayloadDecode.Invalid) decode).detail()));
    }

    private List<AisMessage> decoded(Map<String, Object> fields) {
        int type = (Integer) fields.get("type");
        decodedByType[type]++;
        if (type != 24) {
            return emit(fields);
        }
        if ((Integer) fields.get("partno") == 0) {
            type24.partA(fields);
            return settings.emitType24Parts() ? emit(fields) : List.of();
        }
        Map<String, Object> merged = type24.partB(fields);
        if (merged == null && settings.emitType24Parts()) {
            return emit(fields);
        }
        if (merged == null) {
            return rejected(new Reject(RejectReason.ORPHAN_TYPE24_PART_B, "mmsi " + fields.get("mmsi")));
        }
        return emit(merged);
    }

    private List<AisMessage> emit(Map<String, Object> fields) {
        return List.of(message(fields));
    }

    private AisMessage message(Map<String, Object> fields) {
        messages++;
        return new AisMessage(fields);
    }

    private List<AisMessage> skipped(Skip skip) {
        skippedLines++;
        switch (skip.kind()) {
            case BLANK, COMMENT -> blankOrComment++;
            case TAG_BLOCK_ONLY -> tagBlocks++;
            case PROPRIETARY -> proprietary++;
            case OTHER_SENTENCE -> otherSentences++;
        }
        return List.of();
    }

    private List<AisMessage> rejected(Reject reject) {
        rejects[reject.reason().ordinal()]++;
        onReject.accept(reject);
        return List.of();
    }

    private static Map<Integer, Long> byType(long[] counts) {
        Map<Integer, Long> map = new TreeMap<>();
        for (int type = 0; type < counts.length; type++) {
            if (counts[type] > 0) {
                map.put(type, counts[type]);
            }
        }
        return map;
    }
}
