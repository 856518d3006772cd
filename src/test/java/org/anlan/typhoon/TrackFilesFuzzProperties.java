package org.anlan.typhoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Garbage and mutated real files either read or are refused with a TrackFileException, never anything else. */
class TrackFilesFuzzProperties {

    private static final List<String> REAL = List.of(SyntheticTracks.cma("1909"), SyntheticTracks.jma("1909"), """
            Time,IntensityCategory,LAT,LON,PRES,WND,IntID,InYearID,CNID,Flag,TimeInterval,Name
            2019-08-10 00:00:00,4,28.9,120.8,970.0,33.0,1909,12,1909,0,3,LEKIMA
            2019-08-10 03:00:00,3,29.4,120.6,975.0,28.0,1909,12,1909,0,3,LEKIMA
            """);

    @Property(tries = 3_000)
    void randomBytesAreReadOrRefusedCleanly(@ForAll("bytes") byte[] bytes) throws Exception {
        try {
            TrackFiles.read(new ByteArrayInputStream(bytes), Optional.empty());
        } catch (TrackFileException expected) {
            assertThat(expected.code()).startsWith("TRACK_");
        }
    }

    @Property(tries = 20_000)
    void mutatedRealFilesAreReadOrRefusedWithTheLine(@ForAll("mutated") String text) {
        try {
            for (Track track : TrackFiles.parse(text, Optional.empty()).tracks()) {
                assertThat(track.fixes()).isNotEmpty();
            }
        } catch (TrackFileException expected) {
            assertThat(expected.code()).startsWith("TRACK_");
            assertThat(expected.line()).isBetween(0, text.split("\n", -1).length + 1);
        }
    }

    @Property(tries = 500)
    void validCmaRecordsReadBackExactly(@ForAll @IntRange(min = -899, max = 899) int lat,
                                        @ForAll @IntRange(min = 0, max = 1800) int lon,
                                        @ForAll @IntRange(min = 870, max = 1050) int pressure,
                                        @ForAll @IntRange(min = 0, max = 90) int wind) {
        String text = "66666 1909    1 0011 1909 0 6 TEST 20200101\n"
                + String.format("2019080318 4 %d %d %d %d%n", lat, lon, pressure, wind);

        TrackFix fix = TrackFiles.parse(text, Optional.empty()).tracks().get(0).fixes().get(0);

        assertThat(Math.round(fix.centre().lat() * 10)).isEqualTo(lat);
        assertThat(Math.round(fix.centre().lon() * 10)).isEqualTo(lon);
        assertThat(fix.pressureHpa()).isEqualTo(pressure);
        assertThat(fix.maxWindMs()).isEqualTo(wind == 0 ? null : (double) wind);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    @Provide
    Arbitrary<String> mutated() {
        return Arbitraries.of(REAL).flatMap(file -> Arbitraries.integers().between(0, file.length() - 1).list()
                .ofMinSize(1).ofMaxSize(6).flatMap(positions -> Arbitraries.chars().range(' ', '~').with('\n', '\t', ',')
                        .list().ofSize(positions.size()).map(chars -> {
                            var mutant = new StringBuilder(file);
                            for (int i = 0; i < positions.size(); i++) {
                                mutant.setCharAt(positions.get(i), chars.get(i));
                            }
                            return mutant.toString();
                        })));
    }
}
