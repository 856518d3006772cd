package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.junit.jupiter.api.Test;

/** Parsing and checking batches from outside: formats, reasons for every refusal, and fuzzing. */
class ObservationFormatTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Map<String, Station> STATIONS = Map.of(
            "R1", new Station("R1", "rain", StationKind.RAIN_GAUGE, new GeoPoint(29.2, 121.9), "330225101"),
            "W1", new Station("W1", "water", StationKind.WATER_LEVEL, new GeoPoint(29.2, 121.9), "330225102"));
    final ReadingCheck check = new ReadingCheck(STATIONS, CLOCK);

    @Test
    void csvWithHeaderJsonArrayAndJsonObjectAreRead() {
        var csv = ObservationFormat.parse("\uFEFFstation_id,observed_at,value,unit\nR1,2026-07-01T19:00:00+08:00,1.5,mm\n"
                + "# comment\n\nW1,2026-07-01 19:05,2.31,m\n", null, 100);
        assertThat(csv).extracting(RawReading::stationId).containsExactly("R1", "W1");
        var checked = check.checkAll(csv, null);
        assertThat(checked.rejected()).isEmpty();
        assertThat(checked.readings().get(1).observedAt()).isEqualTo(Instant.parse("2026-07-01T11:05:00Z"));
        assertThat(checked.readings().get(1).centi()).isEqualTo(231);

        var json = ObservationFormat.parse("{\"readings\":[{\"stationId\":\"R1\",\"observedAt\":\"2026-07-01T11:00:00Z\","
                + "\"value\":49.9}]}", null, 100);
        assertThat(check.checkAll(json, null).readings().get(0).centi()).isEqualTo(4990);
        var mqtt = ObservationFormat.parse("2026-07-01T11:00:00Z,0.5\n2026-07-01T11:05:00Z,0.25,mm", "R1", 100);
        assertThat(check.checkAll(mqtt, StationKind.RAIN_GAUGE).readings()).hasSize(2);
    }

    @Test
    void everyImpossibleReadingIsRefusedWithItsReason() {
        var raws = ObservationFormat.parse("""
                station_id,observed_at,value,unit
                R1,2026-07-01T11:00:00Z,-0.1,mm
                R1,2026-07-01T11:00:00Z,300.01,mm
                R1,2026-07-01T11:00:00Z,1.5,m
                R1,2026-07-01T11:00:00Z,1.505,mm
                R1,2026-07-01T11:00:00Z,abc,mm
                R1,yesterday,1,mm
                R1,2026-07-01T12:11:00Z,1,mm
                R1,1999-12-31T23:59:59Z,1,mm
                X9,2026-07-01T11:00:00Z,1,mm
                ,2026-07-01T11:00:00Z,1,mm
                W1,2026-07-01T11:00:00Z,100.01,m
                R1,2026-07-01T12:10:00Z,300,mm
                """, null, 100);
        var checked = check.checkAll(raws, null);
        assertThat(checked.rejected()).extracting(Rejection::code).containsExactly("VALUE_OUT_OF_RANGE",
                "VALUE_OUT_OF_RANGE", "UNIT_MISMATCH", "VALUE_PRECISION", "VALUE_INVALID", "TIME_INVALID", "TIME_FUTURE",
                "TIME_TOO_OLD", "STATION_UNKNOWN", "STATION_MISSING", "VALUE_OUT_OF_RANGE");
        assertThat(checked.rejected()).extracting(Rejection::line).startsWith(2, 3, 4);
        assertThat(checked.rejected().get(2).reason()).contains("reports in mm");
        assertThat(checked.readings()).hasSize(1);
        assertThat(check.checkAll(ObservationFormat.parse("2026-07-01T11:00:00Z,1", "W1", 10), StationKind.RAIN_GAUGE)
                .rejected()).extracting(Rejection::code).containsExactly("KIND_MISMATCH");
    }

    @Test
    void structureErrorsAndOversizedBatchesRefuseTheWholeBatch() {
        assertThatThrownBy(() -> ObservationFormat.parse("[{\"stationId\":", null, 10))
                .isInstanceOf(ApiException.class).hasMessageContaining("OBSERVATIONS_MALFORMED");
        assertThatThrownBy(() -> ObservationFormat.parse("[[[[[[[[1]]]]]]]]", null, 10))
                .hasMessageContaining("OBSERVATIONS_MALFORMED");
        assertThatThrownBy(() -> ObservationFormat.parse("R1,2026-07-01T11:00:00Z,1\n".repeat(11), null, 10))
                .hasMessageContaining("OBSERVATIONS_TOO_MANY");
        assertThatThrownBy(() -> ObservationFormat.parse("[" + "{},".repeat(10) + "{}]", null, 10))
                .hasMessageContaining("OBSERVATIONS_TOO_MANY");
        assertThatThrownBy(() -> ObservationFormat.parse("R1," + "9".repeat(600), null, 10))
                .hasMessageContaining("OBSERVATIONS_MALFORMED");
        assertThatThrownBy(() -> ObservationFormat.parse("observed_at,value\n2026-07-01T11:00:00Z,1", null, 10)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("OBSERVATIONS_MALFORMED"));
    }

    @Property(tries = 20_000)
    void anyTextIsEitherReadAndCheckedOrRefusedAsABadRequest(@ForAll("bodies") String body) {
        try {
            List<RawReading> raws = ObservationFormat.parse(body, null, 1000);
            var checked = check.checkAll(raws, null);
            assertThat(checked.readings().size() + checked.rejected().size()).isEqualTo(raws.size());
        } catch (ApiException e) {
            assertThat(e.status().value()).isEqualTo(400);
        }
    }

    @Property(tries = 5_000)
    void csvLinesEndAtNewlinesWithOneCarriageReturnDropped(@ForAll("csvLines") List<String> lines,
                                                          @ForAll("separators") List<String> separators) {
        var body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            body.append(lines.get(i)).append(i < lines.size() - 1 ? separators.get(i % separators.size()) : "");
        }
        List<String> expected = new ArrayList<>();
        List<Integer> expectedLines = new ArrayList<>();
        String[] reference = body.toString().split("\r?\n", -1);
        for (int i = 0; i < reference.length; i++) {
            String trimmed = reference[i].trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                expected.add(trimmed.split(",", -1)[0].trim());
                expectedLines.add(i + 1);
            }
        }
        List<RawReading> raws = ObservationFormat.parse(body.toString(), "R1", 1000);
        assertThat(raws).extracting(RawReading::observedAt).containsExactlyElementsOf(expected);
        assertThat(raws).extracting(RawReading::line).containsExactlyElementsOf(expectedLines);
    }

    @Provide
    Arbitrary<List<String>> csvLines() {
        return Arbitraries.of("2026-07-01T11:00:00Z,1.5", "2026-07-01T11:05:00Z,0.5,mm\r", "", "# note", " \r",
                "\r2026-07-01T11:10:00Z,2", "2026-07-01T11:15:00Z,\r3").list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("\n", "\r\n", "\r\r\n", "\n\n").list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> bodies() {
        String real = "station_id,observed_at,value,unit\nR1,2026-07-01T11:00:00Z,1.5,mm\n"
                + "[{\"stationId\":\"W1\",\"observedAt\":\"2026-07-01 19:00\",\"value\":2.5,\"unit\":\"m\"}]";
        Arbitrary<String> garbage = Arbitraries.strings().withCharRange((char) 0, (char) 0x2FF).ofMaxLength(400);
        Arbitrary<String> mutated = Arbitraries.integers().between(0, real.length() - 1).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(positions -> Arbitraries.chars().range(' ', '~').list().ofSize(positions.size()).map(chars -> {
                    var mutant = new StringBuilder(real);
                    for (int i = 0; i < positions.size(); i++) {
                        mutant.setCharAt(positions.get(i), chars.get(i));
                    }
                    String text = mutant.toString();
                    return text.contains("[") && text.indexOf('[') > 0 ? text.substring(text.indexOf('[')) : text;
                }));
        return Arbitraries.oneOf(garbage, mutated);
    }
}
