package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AisDecodeCommandTest {

    private static final String INPUT = String.join("\n",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C",
            "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17",
            "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E",
            "!AIVDM,2,2,3,B,1@0000000000000,2*55",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5D",
            "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D",
            "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40",
            "x".repeat(5000),
            "");

    @Test
    void printsOneGpsdJsonObjectPerMessageAndASummary() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = AisDecodeCommand.run(List.of("-"), new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        var json = JsonMapper.builder().build();
        @SuppressWarnings("unchecked")
        Map<String, Object> position = json.readValue(lines.get(0), Map.class);
        assertThat(position).containsEntry("class", "AIS").containsEntry("type", 1).containsEntry("mmsi", 477553000)
                .containsEntry("lat", 47.5828333).containsEntry("lon", -122.3458333).containsEntry("speed", 0.0)
                .containsEntry("heading", 181);
        assertThat(lines.get(1)).contains("\"type\":5", "\"shipname\":\"MT.MITCHELL\"");
        assertThat(lines.get(2)).contains("\"type\":24", "\"shipname\"", "\"callsign\"");
        String summary = err.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("lines 8: sentences 5, skipped 1, rejected 2; messages 3", "checksum errors 1",
                "BAD_CHECKSUM=1", "LINE_TOO_LONG=1", "proprietary 1");
    }

    @Test
    void isAStandaloneCommand() {
        var line = ParsedCommandLine.parse(new String[] {"ais", "decode", "-"});

        assertThat(line.command()).contains(CommandSpec.AIS_DECODE);
        assertThat(CommandSpec.AIS_DECODE.standalone()).isTrue();
        assertThat(line.commandArguments(CommandSpec.AIS_DECODE)).containsExactly("-");
    }
}
