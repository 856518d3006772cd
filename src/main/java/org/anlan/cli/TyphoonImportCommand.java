package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anlan.platform.error.ApiException;
import org.anlan.typhoon.TrackFormat;
import org.anlan.typhoon.TrackSummary;
import org.anlan.typhoon.TyphoonTracks;
import org.springframework.stereotype.Component;

/** {@code typhoon import FILE [--format F]}: stores the tracks of a best-track file; all or nothing. */
@Component
class TyphoonImportCommand implements OperatorCommand {

    private final TyphoonTracks typhoons;

    TyphoonImportCommand(TyphoonTracks typhoons) {
        this.typhoons = typhoons;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.TYPHOON_IMPORT;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String formatText = IntakeBenchmark.stringOption(arguments, "--format", null);
        Optional<TrackFormat> format = TrackFormat.parse(formatText);
        if (arguments.isEmpty() || arguments.get(0).startsWith("--") || (formatText != null && format.isEmpty())) {
            err.println("usage: " + spec().usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        FileArgument argument = FileArgument.existing(arguments.get(0), err);
        if (argument.unusable()) {
            return argument.exitCode();
        }
        Path file = argument.path();
        OperatorActor.signIn();
        try (InputStream in = Files.newInputStream(file)) {
            List<TrackSummary> imported = typhoons.importFile(in, file.getFileName().toString(), format);
            for (TrackSummary track : imported) {
                out.printf("Imported %s %s (%s, %s): %d fixes, minimum pressure %s hPa, %s – %s, id %s%n", track.number(),
                        track.name(), track.agency(), track.sourceFormat().code(), track.fixCount(),
                        track.minPressureHpa() == null ? "?" : track.minPressureHpa(), track.firstFix(), track.lastFix(),
                        track.id());
            }
            return 0;
        } catch (ApiException e) {
            err.println("error [" + e.code() + "]: " + String.join("; ", Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            err.println("Nothing was imported.");
            return 65;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 74;
        }
    }
}
