package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anlan.AnlanApplication;
import org.anlan.support.ConsoleCapture;
import org.anlan.support.ConsoleCapture.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's commands as an operator runs them: each starts its own non-web context on the data folder. */
class OperatorCommandsIT {

    @TempDir
    Path dir;

    @Test
    void usersAreAddedBoundariesCheckedAndTheAuditChainVerifiedFromTheCommandLine() throws Exception {
        String dataDir = "--data-dir=" + dir.resolve("pg");
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"北京\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[2,2],[2,3],[1,2]]]}}]}");

        Captured added = run("user", "add", "ops-officer", "--role", "duty", dataDir);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Created user ops-officer").contains("Initial password (shown once): ");

        Captured rejected = run("geo", "import", bad.toString(), dataDir);
        assertThat(rejected.exit()).isEqualTo(65);
        assertThat(rejected.err()).contains("BOUNDARY_UNKNOWN_TOWNSHIP").contains("北京").contains("Nothing was imported");

        Captured verified = run("audit", "verify", dataDir);
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).containsPattern("Audit chain intact: \\d+ entries verified");
    }

    private static Captured run(String... args) {
        return ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class, args));
    }
}
