package org.anlan.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anlan.platform.error.ApiException;
import org.anlan.typhoon.StoredTrack;
import org.anlan.typhoon.TyphoonTracks;
import org.springframework.stereotype.Component;

/** {@code typhoon impact TRACK_ID [--step MIN] [--json [--series]]}: the impact of a stored track (id or number). */
@Component
class TyphoonImpactCommand implements OperatorCommand {

    private final TyphoonTracks typhoons;

    TyphoonImpactCommand(TyphoonTracks typhoons) {
        this.typhoons = typhoons;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.TYPHOON_IMPACT;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
            err.println("usage: " + spec().usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        Optional<Duration> step = TyphoonOptions.step(arguments, err);
        if (step.isEmpty()) {
            return CommandLineLauncher.USAGE_ERROR;
        }
        OperatorActor.signIn();
        try {
            StoredTrack track = typhoons.resolve(arguments.get(0));
            TyphoonImpactTable.print(typhoons.impact(track.summary().trackId(), step.get()), arguments.contains("--json"),
                    arguments.contains("--series"), out);
            return 0;
        } catch (ApiException e) {
            err.println("error [" + e.code() + "]: " + arguments.get(0) + " "
                    + String.join("; ", Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            return e.code().equals("TRACK_UNKNOWN") ? 66 : 65;
        }
    }
}
