package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackFilesTest {

    private static final String CMA_TWO_STORMS = """
            66666 0000    2 0001 1901 0 6 (nameless)                    20200109
            2019010100 1  61 1128 1000      13
            2019010106 1  63 1121 1000      13
            66666 1909    3 0011 1909 0 3 Lekima                        20200109
            2019080318 1 158 1315 1002      13
            2019080400 1 163 1308 1002      13
            2019080406 1 169 1304 1000      15
            """;

    static List<Track> parse(String text) {
        return TrackFiles.parse(text, Optional.empty()).tracks();
    }

    static TrackFileException failure(String text) {
        try {
            parse(text);
        } catch (TrackFileException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused:\n" + text);
    }

    @Test
    void cmaOriginalFormatReadsEveryStormOfTheFile() {
        List<Track> tracks = parse(CMA_TWO_STORMS);

        assertThat(tracks).extracting(Track::number).containsExactly("1901", "1909");
        assertThat(tracks.get(0).name()).isEqualTo("(nameless)");
        assertThat(tracks.get(1).name()).isEqualTo("Lekima");
        TrackFix first = tracks.get(1).fixes().get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2019-08-03T18:00:00Z"));
        assertThat(first.centre().lat()).isEqualTo(15.8);
        assertThat(first.centre().lon()).isEqualTo(131.5);
        assertThat(first.pressureHpa()).isEqualTo(1002);
        assertThat(first.maxWindMs()).isEqualTo(13.0);
        assertThat(first.grade()).isEqualTo("1");
        assertThat(TrackFiles.parse(CMA_TWO_STORMS, Optional.empty()).format()).isEqualTo(TrackFormat.CMA);
    }

    @Test
    void cmaHeaderCountingMoreRecordsThanFollowIsRefusedNamingTheHeader() {
        TrackFileException e = failure(CMA_TWO_STORMS.replace("66666 0000    2", "66666 0000    3"));

        assertThat(e.code()).isEqualTo("TRACK_RECORDS_MISSING");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("header on line 1 announces 3 records, found 2");
    }

    @Test
    void cmaRecordErrorsNameTheLineAndTheField() {
        assertThat(failure(CMA_TWO_STORMS.replace("2019080400 1 163", "2019083200 1 163")))
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("line 6: time is not YYYYMMDDHH: '2019083200'"));
        assertThat(failure(CMA_TWO_STORMS.replace(" 163 1308", " 963 1308")))
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("line 6: latitude 96.3 is outside [-90, 90]"));
        assertThat(failure(CMA_TWO_STORMS.replace("1308 1002", "1308 2002")))
                .satisfies(e -> assertThat(e.code()).isEqualTo("TRACK_FIELD_RANGE"));
        assertThat(failure(CMA_TWO_STORMS.replace("2019080406 1 169", "2019080400 1 169")))
                .satisfies(e -> assertThat(e.code()).isEqualTo("TRACK_TIME_ORDER"))
                .satisfies(e -> assertThat(e.line()).isEqualTo(7));
        assertThat(failure(CMA_TWO_STORMS.replace("2019080406 1 169", "2019080406 7 169")))
                .satisfies(e -> assertThat(e.getMessage()).contains("line 7: intensity category 7"));
    }

    @Test
    void cmaCsvIsReadByColumnName() {
        String csv = """
                Time,IntensityCategory,LAT,LON,PRES,WND,IntID,InYearID,CNID,Flag,TimeInterval,Name
                2019-08-10 00:00:00,4,28.9,120.8,970.0,33.0,1909,12,1909,0,3,LEKIMA
                2019-08-10 03:00:00,3,29.4,120.6,975.0,28.0,1909,12,1909,0,3,LEKIMA
                """;

        Track track = parse(csv).get(0);

        assertThat(track.fixes()).hasSize(2);
        assertThat(track.minPressureHpa()).hasValue(970);
        assertThat(track.fixes().get(1).maxWindMs()).isEqualTo(28.0);
    }

    @Test
    void cmaCsvProblemsAreNamed() {
        String header = "Time,IntensityCategory,LAT,LON,PRES,WND,IntID,InYearID,CNID,Flag,TimeInterval,Name\n";
        assertThat(failure("Time,LAT,LON,PRES\n2019-08-10 00:00:00,1,2,3\n").getMessage()).contains("lacks column(s) [WND, INTID]");
        assertThat(failure(header + "2019-08-10 00:00:00,4,28.9,120.8,970.0,33.0,1909\n").getMessage())
                .isEqualTo("line 2: expected 12 columns, found 7");
        assertThat(failure(header + "2019-08-10 00:00:00,4,28.9,east,970.0,33.0,1909,12,1909,0,3,X\n").getMessage())
                .isEqualTo("line 2: LON is not a number: 'east'");
        assertThat(failure(header + "10/08/2019,4,28.9,120.8,970.0,33.0,1909,12,1909,0,3,X\n").code())
                .isEqualTo("TRACK_FIELD_INVALID");
        assertThat(failure(header + "2019-08-10 00:00:00,4,28.9,120.8,970.0,33.0,\"19,09\",12,1909,0,3,X\n").code())
                .isIn("TRACK_CSV_QUOTE", "TRACK_CSV_COLUMNS");
    }

    @Test
    void jmaRecordsCarryTheirWindRadiiInNauticalMiles() {
        String jma = """
                66666 1909  002 0011 1909 0 6               LEKIMA              20191003
                19080918 002 5 282 1213  950     085     20100 0070 20300 0250
                19080206 002 2 145 1343 1002     000
                """.replace("19080206", "19081000");

        Track track = parse(jma).get(0);

        assertThat(track.agency()).isEqualTo("JMA");
        TrackFix landfall = track.fixes().get(0);
        assertThat(landfall.time()).isEqualTo(Instant.parse("2019-08-09T18:00:00Z"));
        assertThat(landfall.maxWindMs()).isCloseTo(85 * 0.514444, org.assertj.core.data.Offset.offset(0.001));
        assertThat(landfall.radii()).containsExactly(new WindRadius(50, CompassDirection.E, 100, 70),
                new WindRadius(30, CompassDirection.E, 300, 250));
        assertThat(track.fixes().get(1).maxWindMs()).as("000 kt means not given").isNull();
        assertThat(track.fixes().get(1).radii()).isEmpty();
    }

    @Test
    void jmaRadiiThatContradictEachOtherAreRefused() {
        String header = "66666 1909  001 0011 1909 0 6               LEKIMA              20191003\n";
        assertThat(failure(header + "19080918 002 5 282 1213  950     085     20100 0170 20300 0250\n").getMessage())
                .isEqualTo("line 2: 50-kt radius: shortest 170 nm exceeds longest 100 nm");
        assertThat(failure(header + "19080918 002 5 282 1213  950     085     20400 0070 20300 0250\n").code())
                .isEqualTo("TRACK_RADII_INCONSISTENT");
        assertThat(failure(header + "19080918 002 5 282 1213  950     085     2O100 0070 20300 0250\n").getMessage())
                .contains("line 2: 50-kt radius at column 42 is not DLLLL SSSS");
        assertThat(failure(header + "19080918 003 5 282 1213  950     085\n").getMessage()).contains("indicator must be 002");
    }

    @Test
    void formatIsRecognisedOrRefusedAndCanBeForced() {
        assertThat(failure("hello\nworld\n").code()).isEqualTo("TRACK_FORMAT_UNKNOWN");
        assertThat(failure("\n \n").code()).isEqualTo("TRACK_FILE_EMPTY");
        assertThatThrownBy(() -> TrackFiles.parse(CMA_TWO_STORMS, Optional.of(TrackFormat.JMA)))
                .isInstanceOf(TrackFileException.class).hasMessageContaining("line 2: not in JMA's fixed columns");
        assertThat(TrackFormat.parse("cma-csv")).hasValue(TrackFormat.CMA_CSV);
        assertThat(TrackFormat.parse("JMA")).hasValue(TrackFormat.JMA);
        assertThat(TrackFormat.parse("ibtracs")).isEmpty();
    }

    @Test
    void oversizedFilesLongLinesAndControlCharactersAreRefused() throws Exception {
        byte[] huge = new byte[(int) TrackFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> TrackFiles.read(new ByteArrayInputStream(huge), Optional.empty()))
                .isInstanceOf(TrackFileException.class).hasMessageContaining("larger than");
        assertThat(failure("66666 " + "x".repeat(300)).code()).isEqualTo("TRACK_LINE_TOO_LONG");
        assertThat(failure("66666 1909\u0000").code()).isEqualTo("TRACK_LINE_CONTROL");
        InputStream latin1 = new ByteArrayInputStream("66666 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TrackFiles.read(latin1, Optional.empty())).isInstanceOf(TrackFileException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void syntheticFilesOfBothTextFormatsRead() {
        assertThat(parse(SyntheticTracks.cma("9999")).get(0).fixes()).hasSize(SyntheticTracks.POSITIONS.length);
        Track jma = parse(SyntheticTracks.jma("9999")).get(0);
        assertThat(jma.fixes()).hasSize(SyntheticTracks.POSITIONS.length);
        assertThat(jma.hasRadii()).isTrue();
    }
}
