package org.anlan.vessel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.anlan.vessel.ais.PositionSentences;
import org.anlan.vessel.fence.FenceSet;

/**
 * The block replay ({@link PositionPipeline#replay}) raises exactly the alarms of the same lines taken one by one
 * ({@link PositionPipeline#acceptSentence}), from the same line, in the same order, and ends with the same counts,
 * whatever the block size: on random traffic of a crowded fleet (so fences are crossed, rules broken and
 * merchant–fishing pairs come close) with repeats from a second receiver, late copies, reports without speed or
 * course, unusable MMSIs, static reports that set a vessel's kind, fragments and garbage.
 */
class ReplayProperties {

    private static final FenceSet FENCES = FenceSet.of(SyntheticTraffic.fences(11, 120));
    /** A vessel the registry does not know: its kind comes from its type 24 static reports, fishing or merchant. */
    private static final long REPORTED_MMSI = 413_000_001L;
    private static final String[] FISHING_REPORT = type24(REPORTED_MMSI, 30);
    private static final String[] MERCHANT_REPORT = type24(REPORTED_MMSI, 70);

    @Property(tries = 60)
    void blocksRaiseTheAlarmsOfOneByOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 700) int blockLines) {
        var random = new Random(seed);
        int count = 1_500 + random.nextInt(1_500);
        String[] lines = new String[count];
        long[] times = new long[count];
        traffic(random, lines, times, false);

        var oneByOne = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (Alarm alarm : oneByOne.acceptSentence(lines[i], Instant.ofEpochMilli(times[i]))) {
                expected.add(i + " " + alarm);
            }
        }
        var blocks = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        List<String> actual = new ArrayList<>();
        int half = count / 2;
        blocks.replay(Arrays.copyOf(lines, half), Arrays.copyOf(times, half), blockLines,
                (alarm, line) -> actual.add(line + " " + alarm));
        blocks.replay(Arrays.copyOfRange(lines, half, count),
                Arrays.copyOfRange(times, half, count), blockLines,
                (alarm, line) -> actual.add(line + half + " " + alarm));

        assertThat(actual).isEqualTo(expected);
        assertThat(blocks.counts()).isEqualTo(oneByOne.counts());
    }

    /**
     * The same on rough traffic, with every pair of kinds watched and radii from half a mile to eight: fixes that
     * jump tens of miles and back (a vessel's fixes then span many grid cells), fixes near a pole (the collision
     * watch leaves them out), and vessels silent for minutes (their neighbours' last fixes go stale); the last
     * third taken one by one after the replay, so that the replay must leave the state the live path expects.
     */
    @Property(tries = 40)
    void blocksRaiseTheAlarmsOfOneByOneOnRoughTraffic(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 900) int blockLines) {
        var random = new Random(seed);
        int count = 1_500 + random.nextInt(1_500);
        String[] lines = new String[count];
        long[] times = new long[count];
        traffic(random, lines, times, true);
        double[] radii = {0.5, 3, 8};
        var defaults = PipelineSettings.DEFAULTS;
        var settings = new PipelineSettings(defaults.duplicateWindow(), defaults.debounce(),
                new PipelineSettings.CollisionWatch(radii[random.nextInt(radii.length)],
                        defaults.collision().thresholds(), (a, b) -> true, defaults.collision().staleAfter()));

        var oneByOne = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, settings);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (Alarm alarm : oneByOne.acceptSentence(lines[i], Instant.ofEpochMilli(times[i]))) {
                expected.add(i + " " + alarm);
            }
        }
        var blocks = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, settings);
        List<String> actual = new ArrayList<>();
        int replayed = count * 2 / 3;
        blocks.replay(Arrays.copyOf(lines, replayed), Arrays.copyOf(times, replayed), blockLines,
                (alarm, line) -> actual.add(line + " " + alarm));
        // The live path goes on from the state the replay left.
        for (int i = replayed; i < count; i++) {
            for (Alarm alarm : blocks.acceptSentence(lines[i], Instant.ofEpochMilli(times[i]))) {
                actual.add(i + " " + alarm);
            }
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(blocks.counts()).isEqualTo(oneByOne.counts());
    }

    /** The traffic holds alarms of every kind, so that the comparison is not between two empty lists. */
    @Property(tries = 5)
    void theTrafficRaisesFenceAndCollisionAlarms(@ForAll long seed) {
        var random = new Random(seed);
        String[] lines = new String[3_000];
        long[] times = new long[lines.length];
        traffic(random, lines, times, false);
        var pipeline = new PositionPipeline(FENCES, SyntheticTraffic.KINDS, PipelineSettings.DEFAULTS);
        pipeline.replay(lines, times, 256, (alarm, line) -> { });
        PipelineCounts counts = pipeline.counts();
        assertThat(counts.fenceAlarms()).isPositive();
        assertThat(counts.collisionAlarms()).isPositive();
        assertThat(counts.duplicates()).isPositive();
        assertThat(counts.unusable()).isPositive();
    }

    /**
     * 30 vessels (one in ten a merchant) and the vessel of the static reports in a sea of 12 × 12 nm; when rough,
     * some fixes far off or near the pole, and vessels falling silent for several minutes.
     */
    private static void traffic(Random random, String[] lines, long[] times, boolean rough) {
        int vessels = 31;
        double minLat = 29.2;
        double minLon = 122.1;
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        double[] sog = new double[vessels];
        double[] cog = new double[vessels];
        for (int v = 0; v < vessels; v++) {
            lat[v] = minLat + random.nextDouble() * 0.2;
            lon[v] = minLon + random.nextDouble() * 0.2;
            sog[v] = random.nextDouble() * 20;
            cog[v] = random.nextInt(3600) / 10.0;
        }
        long[] silentUntil = new long[vessels];
        long time = 1_780_000_000_000L;
        for (int i = 0; i < lines.length; i++) {
            time += random.nextInt(4_000);
            times[i] = time;
            int pick = random.nextInt(100);
            if (i > 0 && pick < 10) {
                lines[i] = lines[i - 1];
            } else if (i > 20 && pick < 13) {
                lines[i] = lines[i - 1 - random.nextInt(20)];
            } else if (pick < 15) {
                String[] report = random.nextBoolean() ? FISHING_REPORT : MERCHANT_REPORT;
                lines[i] = report[0];
                if (i + 1 < lines.length) {
                    times[++i] = time;
                    lines[i] = report[1];
                }
            } else if (pick < 16) {
                lines[i] = "!AIVDM,1,1,,A,garbage" + random.nextInt() + ",0*00";
            } else {
                int v = random.nextInt(vessels);
                if (rough && silentUntil[v] > time) {
                    v = random.nextInt(vessels);
                }
                if (rough && random.nextInt(200) == 0) {
                    silentUntil[v] = time + 120_000 + random.nextInt(300_000);
                }
                cog[v] = (cog[v] + random.nextGaussian() * 20 + 360) % 360;
                double hours = 60.0 / 3600;
                lat[v] = Math.max(minLat, Math.min(minLat + 0.2,
                        lat[v] + sog[v] * hours * Math.cos(Math.toRadians(cog[v])) / 60));
                lon[v] = Math.max(minLon, Math.min(minLon + 0.2,
                        lon[v] + sog[v] * hours * Math.sin(Math.toRadians(cog[v])) / 52));
                long mmsi = v == vessels - 1 ? REPORTED_MMSI : pick < 17 ? 0 : 412_000_000L + v;
                boolean motion = random.nextInt(25) != 0;
                int glitch = rough ? random.nextInt(100) : 99;
                double reportedLat = glitch == 0 ? 86 + random.nextDouble() * 3 : glitch == 1
                        ? lat[v] + (random.nextBoolean() ? 1 : -1) * (0.2 + random.nextDouble()) : lat[v];
                double reportedLon = glitch == 1 ? lon[v] + (random.nextDouble() - 0.5) * 2 : lon[v];
                lines[i] = PositionSentences.encode(new PositionSentences.Report(v % 3 == 0 ? 1 : 18, mmsi, 0,
                        reportedLat, reportedLon, motion ? sog[v] : Double.NaN, motion ? Math.round(cog[v] * 10) / 10.0
                                : Double.NaN, (int) cog[v], (int) (time / 1000 % 60)), i % 2 == 0 ? 'A' : 'B');
            }
        }
    }

    /** Type 24 part A (no name) and part B with the ship type, as two sentences. */
    private static String[] type24(long mmsi, int shipType) {
        return new String[] {
                sentence(new long[] {24, 6, 0, 2, mmsi, 30, 0, 2, 0, 120}),
                sentence(new long[] {24, 6, 0, 2, mmsi, 30, 1, 2, shipType, 8, 0, 120})};
    }

    /** One sentence of the fields, given as value and width in bits, six-bit armored. */
    private static String sentence(long[] fields) {
        var bits = new StringBuilder();
        for (int f = 0; f < fields.length; f += 2) {
            for (int b = (int) fields[f + 1] - 1; b >= 0; b--) {
                bits.append(b < 63 && (fields[f] >>> b & 1) == 1 ? '1' : '0');
            }
        }
        int fill = (6 - bits.length() % 6) % 6;
        bits.append("0".repeat(fill));
        var payload = new StringBuilder();
        for (int at = 0; at < bits.length(); at += 6) {
            int value = Integer.parseInt(bits.substring(at, at + 6), 2);
            payload.append((char) (value < 40 ? value + '0' : value + '8'));
        }
        return PositionSentences.sentence(payload.toString(), fill, 'A');
    }
}
