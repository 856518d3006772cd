package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.ais.RejectReason;
import org.anlan.vessel.fence.FenceSet;

/**
 * The whole pipeline keeps running on hostile streams: 100 seeds × 1,200 lines = 120,000 generated inputs per run,
 * mixing valid reports near fences, corrupted copies (flipped characters, truncation, wrong fill bits), multi-sentence
 * groups shuffled out of order or never completed, and binary garbage. Every line is counted and none reaches the
 * decoder's fault net; valid reports keep flowing between the garbage.
 */
class PipelineFuzzProperties {

    private static final int LINES_PER_SEED = 1_200;
    private static final FenceSet FENCES = FenceSet.of(SyntheticTraffic.fences(5, 60));
    private static final String[] MULTI = {
            "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E",
            "!AIVDM,2,2,3,B,1@0000000000000,2*55"};

    @Property(tries = 100)
    void hostileStreamsNeverStopThePipeline(@ForAll long seed) {
        var random = new Random(seed);
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<String> lines = hostileStream(random);
        long validPositions = 0;
        Instant time = Instant.parse("2026-07-01T00:00:00Z");
        for (String line : lines) {
            time = time.plusMillis(random.nextInt(2000));
            pipeline.acceptSentence(line, time);
        }
        PipelineCounts counts = pipeline.counts();

        assertThat(counts.decoder().lines()).isEqualTo(lines.size());
        assertThat(counts.decoder().rejects()).doesNotContainKey(RejectReason.DECODER_FAULT);
        assertThat(counts.positions() + counts.duplicates() + counts.unusable()).isPositive();
        assertThat(counts.decoder().sentences() + counts.decoder().skippedLines() + counts.decoder().rejectedLines())
                .isEqualTo(lines.size());
    }

    private static List<String> hostileStream(Random random) {
        List<String> lines = new ArrayList<>(LINES_PER_SEED);
        while (lines.size() < LINES_PER_SEED) {
            String valid = validReport(random);
            switch (random.nextInt(8)) {
                case 0, 1 -> lines.add(valid);
                case 2 -> lines.add(flip(random, valid));
                case 3 -> lines.add(valid.substring(0, random.nextInt(valid.length())));
                case 4 -> lines.add(valid.replace(",0*", "," + (1 + random.nextInt(9)) + "*"));
                case 5 -> {
                    List<String> group = new ArrayList<>(List.of(MULTI));
                    if (random.nextBoolean()) {
                        Collections.shuffle(group, random);
                    } else {
                        group.remove(random.nextInt(group.size()));
                    }
                    lines.addAll(group);
                }
                case 6 -> {
                    byte[] garbage = new byte[random.nextInt(200)];
                    random.nextBytes(garbage);
                    lines.add(new String(garbage, StandardCharsets.ISO_8859_1));
                }
                default -> lines.add("\\s:r" + random.nextInt(100) + "*00\\" + valid);
            }
        }
        return lines.subList(0, LINES_PER_SEED);
    }

    private static String validReport(Random random) {
        double lat = SyntheticTraffic.MIN_LAT + random.nextDouble() * (SyntheticTraffic.MAX_LAT - SyntheticTraffic.MIN_LAT);
        double lon = SyntheticTraffic.MIN_LON + random.nextDouble() * (SyntheticTraffic.MAX_LON - SyntheticTraffic.MIN_LON);
        int type = random.nextBoolean() ? 18 : 1 + random.nextInt(3);
        double sog = random.nextInt(20) == 0 ? Double.NaN : random.nextDouble() * 30;
        double cog = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(3600) / 10.0;
        long mmsi = random.nextInt(50) == 0 ? random.nextInt(1 << 30) : 412_000_000L + random.nextInt(40);
        return PositionSentences.encode(new PositionSentences.Report(type, mmsi, random.nextInt(16), lat, lon, sog,
                cog, random.nextInt(512), random.nextInt(64)), random.nextBoolean() ? 'A' : 'B');
    }

    private static String flip(Random random, String line) {
        var mutant = new StringBuilder(line);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutant.setCharAt(random.nextInt(mutant.length()), (char) (' ' + random.nextInt(95)));
        }
        return mutant.toString();
    }
}
