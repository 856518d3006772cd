package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anlan.AnlanApplication;
import org.anlan.support.ConsoleCapture;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noCommandMeansServe() {
        var line = ParsedCommandLine.parse(new String[0]);
        assertThat(line.command()).contains(CommandSpec.SERVE);
    }

    @Test
    void portAndDataDirBecomeSpringProperties() {
        var line = ParsedCommandLine.parse(new String[] {"serve", "--port", "9090", "--data-dir=/srv/anlan/pg", "--x.y=z"});
        assertThat(line.command()).contains(CommandSpec.SERVE);
        assertThat(line.springArguments()).containsExactly("--server.port=9090", "--anlan.db.data-dir=/srv/anlan/pg", "--x.y=z");
    }

    @Test
    void commandWordsOperandsAndOptionsAreSeparated() {
        var line = ParsedCommandLine.parse(new String[] {"user", "add", "wang", "--role", "township", "--township", "330225101"});
        assertThat(line.command()).contains(CommandSpec.USER_ADD);
        assertThat(line.commandArguments(CommandSpec.USER_ADD)).containsExactly("wang", "--role", "township", "--township", "330225101");
        assertThat(ParsedCommandLine.parse(new String[] {"geo", "import", "x.geojson"}).commandArguments(CommandSpec.GEO_IMPORT))
                .containsExactly("x.geojson");
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> ParsedCommandLine.parse(new String[] {"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> ParsedCommandLine.parse(new String[] {"--port", "eighty"})).hasMessageContaining("number");
    }

    @Test
    void helpListsEveryCommandAndUnknownCommandsFailWithoutStartingAnything() {
        var help = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class, new String[] {"--help"}));
        assertThat(help.exit()).isZero();
        var unknown = ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class, new String[] {"frobnicate"}));
        assertThat(unknown.exit()).isEqualTo(CommandLineLauncher.USAGE_ERROR);
        for (String usage : List.of("serve", "geo import FILE", "audit verify", "user add USERNAME")) {
            assertThat(help.out()).contains(usage);
        }
        assertThat(unknown.err()).contains("unknown command 'frobnicate'");
    }
}
