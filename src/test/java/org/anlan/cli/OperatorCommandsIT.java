package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anlan.AnlanApplication;
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

    record Captured(int exit, String out, String err) {
    }

    private static Captured run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = CommandLineLauncher.launch(AnlanApplication.class, args);
            return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
