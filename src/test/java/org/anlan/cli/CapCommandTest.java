package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anlan.AnlanApplication;
import org.anlan.support.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapCommandTest {

    @Test
    void exportSampleWritesCap12ThatValidateAccepts(@TempDir Path dir) throws Exception {
        var export = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class,
                new String[]{"cap", "export", "--sample"}));
        Path file = dir.resolve("sample.xml");
        Files.writeString(file, export.out());

        var validate = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class,
                new String[]{"cap", "validate", file.toString()}));

        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("urn:oasis:names:tc:emergency:cap:1.2").contains("<eventCode>");
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).isEmpty();
    }

    @Test
    void validatePrintsOneLinePerProblemAndFailsWhenAnyFileIsInvalid(@TempDir Path dir) throws Exception {
        var export = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class,
                new String[]{"cap", "export", "--sample"}));
        Path good = dir.resolve("good.xml");
        Path bad = dir.resolve("bad.xml");
        Files.writeString(good, export.out());
        Files.writeString(bad, export.out().replaceFirst("<msgType>[^<]*</msgType>", "").replace("<status>Actual", "<status>Real"));

        var result = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class,
                new String[]{"cap", "validate", good.toString(), bad.toString(), dir.resolve("none.xml").toString()}));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                bad + ": /alert/status: 'Real' is not one of Actual, Exercise, System, Test, Draft",
                bad + ": /alert/msgType: missing required element msgType",
                dir.resolve("none.xml") + ": /: no such file");
    }
}
