package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArgumentTest {

    @TempDir
    Path folder;
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

    @Test
    void anExistingFileIsUsable() throws Exception {
        Path file = Files.writeString(folder.resolve("townships.geojson"), "{}");
        FileArgument argument = FileArgument.single(List.of(file.toString()), CommandSpec.GEO_IMPORT, err);
        assertThat(argument.unusable()).isFalse();
        assertThat(argument.path()).isEqualTo(file);
        assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingFileOrAFolderIsNoInput() {
        assertThat(FileArgument.existing(folder.resolve("absent.csv").toString(), err).exitCode()).isEqualTo(66);
        assertThat(FileArgument.existing(folder.toString(), err).exitCode()).isEqualTo(66);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("error: no such file: " + folder.resolve("absent.csv"));
    }

    @Test
    void anythingButOneArgumentIsAUsageError() {
        FileArgument none = FileArgument.single(List.of(), CommandSpec.GEO_IMPORT, err);
        FileArgument two = FileArgument.single(List.of("a", "b"), CommandSpec.GEO_IMPORT, err);
        assertThat(none.exitCode()).isEqualTo(CommandLineLauncher.USAGE_ERROR).isNotZero();
        assertThat(two.exitCode()).isEqualTo(CommandLineLauncher.USAGE_ERROR);
        assertThat(none.unusable()).isTrue();
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("usage: " + CommandSpec.GEO_IMPORT.usage());
    }
}
