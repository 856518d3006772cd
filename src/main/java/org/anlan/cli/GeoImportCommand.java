package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anlan.county.BoundaryImportException;
import org.anlan.county.BoundaryImportReport;
import org.anlan.county.CountyGeography;
import org.springframework.stereotype.Component;

/** {@code geo import FILE}: township boundaries from GeoJSON; all or nothing. */
@Component
class GeoImportCommand implements OperatorCommand {

    private final CountyGeography geography;

    GeoImportCommand(CountyGeography geography) {
        this.geography = geography;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.GEO_IMPORT;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        FileArgument argument = FileArgument.single(arguments, spec(), err);
        if (argument.unusable()) {
            return argument.exitCode();
        }
        Path file = argument.path();
        OperatorActor.signIn();
        try (InputStream in = Files.newInputStream(file)) {
            BoundaryImportReport report = geography.importBoundaries(in, file.getFileName().toString());
            out.printf("Imported boundaries of %d township(s) from %s (%d feature(s)).%n",
                    report.updatedTownships().size(), report.source(), report.features());
            report.repairs().forEach(repair -> out.println("  repaired: " + repair));
            if (geography.boundariesApproximate()) {
                out.println("Note: some townships still have no boundary; the map keeps approximate cells until all have one.");
            }
            return 0;
        } catch (BoundaryImportException e) {
            err.println("error [" + e.code() + "]: " + e.getMessage());
            err.println("Nothing was imported.");
            return 65;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 74;
        }
    }
}
