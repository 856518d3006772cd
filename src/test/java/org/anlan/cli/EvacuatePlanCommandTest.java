package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class EvacuatePlanCommandTest {

    private static final String REQUEST = """
            {"villages":[{"id":"V1","people":10,"lat":0,"lon":0},{"id":"V2","people":10,"lat":0,"lon":4}],
             "shelters":[{"id":"S1","capacity":15,"lat":0,"lon":1}]}""";

    @TempDir
    Path dir;

    @Test
    void printsThePlanAsJson() throws Exception {
        Path input = dir.resolve("plan.json");
        Files.writeString(input, REQUEST);
        var result = run(List.of("--input", input.toString()), "");
        assertThat(result.exit).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = JsonMapper.builder().build().readValue(result.out, Map.class);
        assertThat(plan).containsOnlyKeys("assignments", "totalCost", "unassigned");
        assertThat(plan.get("assignments")).isEqualTo(List.of(
                Map.of("village", "V1", "shelter", "S1", "people", 10),
                Map.of("village", "V2", "shelter", "S1", "people", 5)));
        assertThat(plan.get("unassigned")).isEqualTo(List.of(Map.of("village", "V2", "people", 5)));
        assertThat((Double) plan.get("totalCost")).isCloseTo(25 * 6371.0088 * Math.PI / 180,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void readsStandardInputAndExplainsRefusals() throws Exception {
        var refused = run(List.of("--input", "-"), REQUEST.replace("\"people\":10,\"lat\":0,\"lon\":0", "\"people\":-3,\"lat\":0,\"lon\":0"));
        assertThat(refused.exit).isEqualTo(EvacuatePlanCommand.DATA_ERROR);
        assertThat(refused.err).contains("EVACUATION_PEOPLE_INVALID", "Village V1: people must be a whole number");

        var noLocation = run(List.of("--input", "-"), REQUEST.replace(",\"lat\":0,\"lon\":4", ""));
        assertThat(noLocation.err).contains("EVACUATION_LOCATION_MISSING", "village V2 has no location");

        var malformed = run(List.of("--input", "-"), "{\"villages\":[");
        assertThat(malformed.exit).isEqualTo(EvacuatePlanCommand.DATA_ERROR);
        assertThat(malformed.err).contains("malformed JSON");

        assertThat(run(List.of("--input", dir.resolve("missing.json").toString()), "").exit)
                .isEqualTo(EvacuatePlanCommand.NO_INPUT);
        assertThat(run(List.of(), "").exit).isEqualTo(CommandLineLauncher.USAGE_ERROR);
    }

    @Test
    void isAStandaloneCommand() {
        var line = ParsedCommandLine.parse(new String[] {"evacuate", "plan", "--input", "x.json"});
        assertThat(line.command()).contains(CommandSpec.EVACUATE_PLAN);
        assertThat(CommandSpec.EVACUATE_PLAN.standalone()).isTrue();
        assertThat(CommandSpec.BENCH_EVACUATION.standalone()).isTrue();
        assertThat(line.commandArguments(CommandSpec.EVACUATE_PLAN)).containsExactly("--input", "x.json");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> args, String stdin) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = EvacuatePlanCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
