package org.anlan.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.anlan.typhoon.ImpactAnalysis;
import org.anlan.typhoon.TrackInterpolator;

/** The {@code --step MIN} option of the typhoon commands. */
final class TyphoonOptions {

    private TyphoonOptions() {
    }

    static Optional<Duration> step(List<String> args, PrintStream err) {
        String text = IntakeBenchmark.stringOption(args, "--step", null);
        if (text == null) {
            return Optional.of(ImpactAnalysis.DEFAULT_STEP);
        }
        if (text.matches("\\d{1,4}")) {
            Duration step = Duration.ofMinutes(Integer.parseInt(text));
            if (step.compareTo(TrackInterpolator.MIN_STEP) >= 0 && step.compareTo(TrackInterpolator.MAX_STEP) <= 0) {
                return Optional.of(step);
            }
        }
        err.println("error: --step needs minutes between " + TrackInterpolator.MIN_STEP.toMinutes() + " and "
                + TrackInterpolator.MAX_STEP.toMinutes() + ", got '" + text + "'");
        return Optional.empty();
    }
}
