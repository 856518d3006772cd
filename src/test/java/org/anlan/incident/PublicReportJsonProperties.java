package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.anlan.platform.error.ApiException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The streaming reader of the intake path reads what data binding reads, and refuses what it cannot bind. */
class PublicReportJsonProperties {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final PublicReportJson READER = new PublicReportJson(JSON);

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.of("12A01", "12B01", "", "火灾").map(v -> "\"type\":\"" + v + "\""),
                Arbitraries.doubles().between(-90, 90).map(v -> "\"lat\":" + v),
                Arbitraries.integers().between(-180, 180).map(v -> "\"lon\":" + v),
                Arbitraries.integers().between(-5, 500).map(v -> "\"dead\":" + v),
                Arbitraries.longs().between(0, 10_000_000_000L).map(v -> "\"directLossYuan\":" + v),
                Arbitraries.of("2026-11-29T10:00:00Z", "2026-11-29T18:00:00+08:00", "2026-11-29T10:00:00.123456789Z")
                        .map(v -> "\"occurredAt\":\"" + v + "\""),
                Arbitraries.strings().ofMaxLength(30).map(v -> "\"description\":" + quoted(v)),
                Arbitraries.of("\"extra\":{\"a\":[1,2,{\"b\":null}]}", "\"website\":null", "\"injured\":null"));
        return field.list().ofMaxSize(8).map(fields -> "{" + String.join(",", fields) + "}");
    }

    @Property(tries = 3000)
    void readsWhatDataBindingReads(@ForAll("reports") String json) {
        PublicReport bound = JSON.readValue(json, PublicReport.class);
        assertThat(READER.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(bound);
    }

    @Test
    void valuesOfTheWrongKindAndTrailingContentAreMalformed() {
        for (String bad : new String[] {"[]", "null", "1", "{\"dead\":1.5}", "{\"dead\":\"3\"}", "{\"lat\":\"x\"}",
                "{\"type\":3}", "{\"occurredAt\":\"yesterday\"}", "{\"dead\":99999999999}", "{} {}", "{\"a\":1"}) {
            assertThatThrownBy(() -> READER.read(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOfAny(ApiException.class, tools.jackson.core.JacksonException.class);
        }
    }

    private static String quoted(String value) {
        return JSON.writeValueAsString(value);
    }
}
