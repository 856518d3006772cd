package org.anlan.vessel.ais;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared AIS corpus, read relative to the project root; tests skip when it is absent. */
final class AisTestFiles {

    static final Path ROOT = Path.of("../shared/data/ais");

    private AisTestFiles() {
    }

    static List<String> lines(String relative) throws IOException {
        Path file = ROOT.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "../shared/data/ais not present: skipping");
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }
}
