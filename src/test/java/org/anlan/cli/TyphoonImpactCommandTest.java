package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.anlan.AnlanApplication;
import org.anlan.support.ConsoleCapture;
import org.anlan.support.ConsoleCapture.Captured;
import org.anlan.typhoon.SyntheticTracks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code typhoon impact --file}: the contract's JSON without a database. */
class TyphoonImpactCommandTest {

    private static final Path LEKIMA_CMA = Path.of("../shared/data/typhoon/lekima-2019/cma_bst_lekima_1909.csv");
    private static final Path LEKIMA_JMA = Path.of("../shared/data/typhoon/lekima-2019/jma_rsmc_tokyo_bst_lekima_1909.txt");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static Captured run(String... args) {
        return ConsoleCapture.run(() -> CommandLineLauncher.launch(AnlanApplication.class, args));
    }

    @Test
    void aTrackFileGivesEveryTownshipItsClosestApproachAndWindLevels() throws Exception {
        Path file = dir.resolve("synthetic.txt");
        Files.writeString(file, SyntheticTracks.cma("9001"));

        Captured result = run("typhoon", "impact", "--file", file.toString(), "--format", "cma", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("fixCount").asInt()).isEqualTo(8);
        assertThat(json.path("minPressure").asInt()).isEqualTo(950);
        assertThat(json.path("townships")).hasSize(18);
        for (JsonNode township : json.path("townships")) {
            assertThat(township.path("code").asString()).startsWith("330225");
            assertThat(township.path("closestKm").isNumber()).isTrue();
            assertThat(Instant.parse(township.path("closestAt").asString())).isAfter(SyntheticTracks.START);
            assertThat(township.path("levels")).hasSize(4);
            assertThat(township.path("levels").get(0).has("enter")).isTrue();
            assertThat(township.path("levels").get(3).path("level").asInt()).isEqualTo(12);
            assertThat(township.has("distances")).isFalse();
        }
    }

    @Test
    void theTableNamesTheTownshipsAndTheModel() throws Exception {
        Path file = dir.resolve("synthetic-jma.txt");
        Files.writeString(file, SyntheticTracks.jma("9002"));

        Captured result = run("typhoon", "impact", "--file", file.toString(), "--step", "30");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("SYNTHETIC (9002, JMA): 8 fixes, minimum pressure 950 hPa")
                .contains("step 30 min").contains("wind circles: RADII").contains("石浦镇").contains("高塘岛乡");
    }

    @Test
    void badInputGetsAClearErrorAndAnExitCode() throws Exception {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, SyntheticTracks.cma("9003").replace(" 955 ", " 9x5 "));

        Captured refused = run("typhoon", "impact", "--file", broken.toString(), "--json");
        assertThat(refused.exit()).isEqualTo(65);
        assertThat(refused.err()).contains("TRACK_FIELD_INVALID").contains("line 6: PRES is not a number: '9x5'");

        assertThat(run("typhoon", "impact", "--file", dir.resolve("missing.txt").toString()).exit()).isEqualTo(66);
        assertThat(run("typhoon", "impact", "--file", broken.toString(), "--format", "gpx").exit()).isEqualTo(64);
        assertThat(run("typhoon", "impact", "--file", broken.toString(), "--step", "0").exit()).isEqualTo(64);

        Path two = dir.resolve("two.txt");
        Files.writeString(two, SyntheticTracks.cma("9004") + SyntheticTracks.cma("9005"));
        Captured ambiguous = run("typhoon", "impact", "--file", two.toString());
        assertThat(ambiguous.exit()).isEqualTo(64);
        assertThat(ambiguous.err()).contains("--storm").contains("9004 SYNTHETIC").contains("9005 SYNTHETIC");
        assertThat(run("typhoon", "impact", "--file", two.toString(), "--storm", "9005", "--json").exit()).isZero();
    }

    @Test
    void lekimaFromCmaPassesXiangshanAtAbout120Km() throws Exception {
        assumeTrue(Files.isRegularFile(LEKIMA_CMA), LEKIMA_CMA + " not present: skipping the Lekima acceptance");

        Captured result = run("typhoon", "impact", "--file", LEKIMA_CMA.toString(), "--format", "cma-csv", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("fixCount").asInt()).isEqualTo(62);
        assertThat(json.path("minPressure").asInt()).isEqualTo(915);
        assertThat(json.path("countyCentre").path("closestKm").asDouble()).isCloseTo(120.0, within(2.0));
        assertThat(Duration.between(Instant.parse("2019-08-10T01:00:00Z"),
                Instant.parse(json.path("countyCentre").path("closestAt").asString())).abs())
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void lekimaFromJmaReadsItsRadii() throws Exception {
        assumeTrue(Files.isRegularFile(LEKIMA_JMA), LEKIMA_JMA + " not present: skipping");

        Captured result = run("typhoon", "impact", "--file", LEKIMA_JMA.toString(), "--format", "jma", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("fixCount").asInt()).isEqualTo(56);
        assertThat(json.path("minPressure").asInt()).isEqualTo(925);
        assertThat(json.path("windModel").asString()).isEqualTo("MIXED");
    }
}
