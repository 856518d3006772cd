package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.anlan.vessel.AisReplay;
import org.springframework.stereotype.Component;

/**
 * {@code ais replay FILE [--speed N]}: feeds a recorded NMEA file through the position pipeline into the
 * platform's database (live picture, tracks, alarms), with progress on stderr.
 */
@Component
class AisReplayCommand implements OperatorCommand {

    private final AisReplay replay;

    AisReplayCommand(AisReplay replay) {
        this.replay = replay;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.AIS_REPLAY;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String file = null;
        double speed = 0;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--speed") && i + 1 < arguments.size()) {
                try {
                    speed = Double.parseDouble(arguments.get(++i));
                } catch (NumberFormatException e) {
                    speed = -1;
                }
            } else if (file == null && !argument.startsWith("--")) {
                file = argument;
            } else {
                file = null;
                break;
            }
        }
        if (file == null || !(speed >= 0)) {
            err.println("usage: " + spec().usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            AisReplay.Result result = replay.replay(in, speed, err, 10_000);
            out.printf("Replayed %d lines: %d fixes, %d alarms.%n", result.lines(), result.fixes(), result.alarms());
            return 0;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return 66;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 74;
        }
    }
}
