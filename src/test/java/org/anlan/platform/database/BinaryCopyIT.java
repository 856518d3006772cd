package org.anlan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.anlan.support.AnlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every value BinaryCopy writes reads back from PostgreSQL as it was written, nulls included. */
@AnlanIntegrationTest
class BinaryCopyIT {

    @Autowired
    DataSource dataSource;

    @Test
    void valuesOfEveryKindRoundTripThroughPostgres() throws Exception {
        UUID id = UUID.randomUUID();
        Instant afterEpoch = Instant.parse("2026-11-29T10:15:30.123456Z");
        Instant beforeEpoch = Instant.parse("1987-06-05T04:03:02.000001Z");
        var copy = new BinaryCopy();
        copy.row(8).uuid(id).text("象山县石浦镇 tab\there \\ \"quoted\"\nline").timestamp(afterEpoch).int4(-7)
                .int8(12_345_678_901L).float8(29.2014).bool(true).text("0".repeat(64));
        copy.row(8).nullValue().text(null).timestamp(beforeEpoch).int4(Integer.MAX_VALUE).int8(Long.MIN_VALUE)
                .float8(null).bool(false).text(null);
        copy.row(8).uuid(null).text("").timestamp(null).int4(0).int8(0).float8(-0.5).bool(false).text("f".repeat(64));

        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute("CREATE TEMP TABLE copied (u UUID, t TEXT, at TIMESTAMPTZ, i INT4, l INT8, d FLOAT8, b BOOL,"
                    + " h CHAR(64), n SERIAL)");
            assertThat(copy.copyInto(c, "copied", "u, t, at, i, l, d, b, h")).isEqualTo(3);
            try (ResultSet rs = statement.executeQuery("SELECT u, t, at, i, l, d, b, h FROM copied ORDER BY n")) {
                while (rs.next()) {
                    var row = new ArrayList<Object>();
                    row.add(rs.getObject(1, UUID.class));
                    row.add(rs.getString(2));
                    row.add(rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant());
                    row.add(rs.getInt(4));
                    row.add(rs.getLong(5));
                    row.add(rs.getObject(6));
                    row.add(rs.getBoolean(7));
                    row.add(rs.getString(8));
                    rows.add(row);
                }
            }
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly(id, "象山县石浦镇 tab\there \\ \"quoted\"\nline", afterEpoch, -7,
                12_345_678_901L, 29.2014, true, "0".repeat(64));
        assertThat(rows.get(1)).containsExactly(null, null, beforeEpoch, Integer.MAX_VALUE, Long.MIN_VALUE, null, false, null);
        assertThat(rows.get(2)).containsExactly(null, "", null, 0, 0L, -0.5, false, "f".repeat(64));
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new BinaryCopy().row(2).int4(1).row(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BinaryCopy().row(1).int4(1).int4(2)).isInstanceOf(IllegalStateException.class);
    }
}
