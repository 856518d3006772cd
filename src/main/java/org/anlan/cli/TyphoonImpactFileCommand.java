package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anlan.typhoon.CountySeats;
import org.anlan.typhoon.ImpactAnalysis;
import org.anlan.typhoon.Track;
import org.anlan.typhoon.TrackFileException;
import org.anlan.typhoon.TrackFiles;
import org.anlan.typhoon.TrackFormat;

/**
 * {@code typhoon impact --file FILE [--format F] [--storm N] [--step MIN] [--json [--series]]}: the impact of a track
 * file on the 18 townships without a database (seats from the county seed file).
 */
final class TyphoonImpactFileCommand {

    private TyphoonImpactFileCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String file = IntakeBenchmark.stringOption(args, "--file", null);
        String formatText = IntakeBenchmark.stringOption(args, "--format", null);
        Optional<TrackFormat> format = TrackFormat.parse(formatText);
        if (file == null || (formatText != null && format.isEmpty()) || !args.get(0).startsWith("--")) {
            err.println("usage: " + CommandSpec.TYPHOON_IMPACT.usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        Optional<Duration> step = TyphoonOptions.step(args, err);
        if (step.isEmpty()) {
            return CommandLineLauncher.USAGE_ERROR;
        }
        List<Track> tracks;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            tracks = TrackFiles.read(in, format).tracks();
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return 66;
        } catch (TrackFileException e) {
            err.println("error [" + e.code() + "]: " + file + ": " + e.getMessage());
            return 65;
        }
        String storm = IntakeBenchmark.stringOption(args, "--storm", null);
        List<Track> chosen = storm == null ? tracks : tracks.stream()
                .filter(t -> t.number().equals(storm) || t.name().equalsIgnoreCase(storm.toUpperCase(Locale.ROOT))).toList();
        if (chosen.size() != 1) {
            err.println((chosen.isEmpty() ? "error: no track " + storm : "error: the file holds " + chosen.size()
                    + " tracks; choose one with --storm NUMBER") + ". Tracks: "
                    + String.join(", ", tracks.stream().map(t -> t.number() + " " + t.name()).toList()));
            return CommandLineLauncher.USAGE_ERROR;
        }
        CountySeats seats = CountySeats.fromSeedFile();
        TyphoonImpactTable.print(ImpactAnalysis.analyse(chosen.get(0), seats.countyCentre(), seats.townships(), step.get()),
                args.contains("--json"), args.contains("--series"), out);
        return 0;
    }
}
