package org.anlan.typhoon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Lekima (1909) files, read relative to the project directory; tests skip when they are absent. */
final class LekimaTracks {

    static final Path DIR = Path.of("..", "shared", "data", "typhoon", "lekima-2019");
    static final Path CMA_CSV = DIR.resolve("cma_bst_lekima_1909.csv");
    static final Path JMA = DIR.resolve("jma_rsmc_tokyo_bst_lekima_1909.txt");

    private LekimaTracks() {
    }

    static Path require(Path file) {
        assumeTrue(Files.isRegularFile(file), file + " not present (../shared/data/typhoon is not in the repo): skipping");
        return file;
    }
}
