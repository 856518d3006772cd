package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anlan.AnlanApplication;
import org.anlan.support.ConsoleCapture;
import org.anlan.support.ConsoleCapture.Captured;
import org.anlan.typhoon.SyntheticTracks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typhoon import FILE} and {@code typhoon impact TRACK_ID} against their own data folder. */
class TyphoonCommandsIT {

    @TempDir
    Path dir;

    private static Captured run(String... args) {
        return ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class, args));
    }

    @Test
    void anOperatorImportsATrackAndPrintsItsImpactByNumber() throws Exception {
        String dataDir = "--data-dir=" + dir.resolve("pg");
        Path file = dir.resolve("storm.txt");
        Files.writeString(file, SyntheticTracks.cma("9101"));

        Captured imported = run("typhoon", "import", file.toString(), dataDir);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 9101 SYNTHETIC (CMA, cma): 8 fixes, minimum pressure 950 hPa");

        Captured again = run("typhoon", "import", file.toString(), dataDir);
        assertThat(again.exit()).isEqualTo(65);
        assertThat(again.err()).contains("TRACK_DUPLICATE").contains("Nothing was imported");

        Captured impact = run("typhoon", "impact", "9101", dataDir);
        assertThat(impact.exit()).as(impact.err()).isZero();
        assertThat(impact.out()).contains("SYNTHETIC (9101, CMA)").contains("330225101").contains("石浦镇");

        Captured json = run("typhoon", "impact", "9101", "--json", dataDir);
        assertThat(json.out()).contains("\"fixCount\" : 8").contains("\"minPressure\" : 950");

        Captured unknown = run("typhoon", "impact", "4242", dataDir);
        assertThat(unknown.exit()).isEqualTo(66);
        assertThat(unknown.err()).contains("TRACK_UNKNOWN");
    }
}
