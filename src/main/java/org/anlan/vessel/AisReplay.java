package org.anlan.vessel;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.anlan.vessel.ais.SentenceParser;
import org.springframework.stereotype.Service;

/**
 * Replays a recorded AIS NMEA file through the position pipeline into the live picture and the alarms. A line
 * with a tag block time ({@code \c:1700000000*..\!AIVDM…}, seconds or milliseconds) is received at that time;
 * other lines at the time of the last tagged line (or now). With {@code speed > 0} the replay keeps pace with the
 * tag times, {@code speed} times faster than real time; with 0 it runs as fast as it can. Progress goes to
 * {@code progress} every {@code reportEvery} lines.
 */
@Service
public class AisReplay {

    /** What a replay did. */
    public record Result(long lines, long fixes, long alarms) {
    }

    private final PositionIntake intake;
    private final Clock clock;

    AisReplay(PositionIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public Result replay(InputStream in, double speed, PrintStream progress, long reportEvery) throws IOException {
        var before = intake.counts();
        NmeaLines lines = new NmeaLines(in, SentenceParser.MAX_LINE_LENGTH);
        Instant time = Instant.now(clock);
        Instant firstTagged = null;
        long startedNanos = System.nanoTime();
        long count = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            Instant tagged = tagTime(line);
            if (tagged != null) {
                time = tagged;
                if (firstTagged == null) {
                    firstTagged = tagged;
                }
                if (speed > 0) {
                    keepPace(Duration.between(firstTagged, tagged), speed, startedNanos);
                }
            }
            intake.acceptAisLine(line, time);
            if (++count % reportEvery == 0) {
                intake.flush();
                report(progress, count, before);
            }
        }
        intake.flush();
        report(progress, count, before);
        var after = intake.counts();
        return new Result(count, after.positions() - before.positions(),
                after.fenceAlarms() + after.collisionAlarms() - before.fenceAlarms() - before.collisionAlarms());
    }

    private void report(PrintStream progress, long count, org.anlan.vessel.stream.PipelineCounts before) {
        var now = intake.counts();
        progress.printf("lines %d, fixes %d, fence alarms %d, collision alarms %d%n", count,
                now.positions() - before.positions(), now.fenceAlarms() - before.fenceAlarms(),
                now.collisionAlarms() - before.collisionAlarms());
    }

    private static void keepPace(Duration streamElapsed, double speed, long startedNanos) {
        long dueNanos = (long) (streamElapsed.toNanos() / speed);
        long waitMillis = (dueNanos - (System.nanoTime() - startedNanos)) / 1_000_000;
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The {@code c:} (UNIX time) field of a leading tag block, or null. */
    static Instant tagTime(String line) {
        if (!line.startsWith("\\")) {
            return null;
        }
        int end = line.indexOf('\\', 1);
        if (end < 0) {
            return null;
        }
        int star = line.lastIndexOf('*', end);
        String block = line.substring(1, star > 0 ? star : end);
        for (String field : block.split(",")) {
            if (field.startsWith("c:") && field.length() > 2 && field.length() <= 15) {
                try {
                    long value = Long.parseLong(field.substring(2));
                    return value > 10_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
