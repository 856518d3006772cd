package org.anlan.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.enterprise.Enterprise;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.enterprise.Industry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hidden-hazard statistics within the caller's scope: found, closed, open, overdue and the rectification rate
 * (closed / found) by township, industry and source (origin). Counted in SQL per enterprise and origin, then
 * folded by the enterprise's industry.
 */
@Component
class HazardStatistics {

    record Row(String key, String label, long found, long closed, long open, long overdue, long major,
               double rectificationRate) {
    }

    record Report(Row total, List<Row> byTownship, List<Row> byIndustry, List<Row> bySource) {
    }

    private record Count(UUID enterprise, String township, String origin, long found, long closed, long overdue,
                         long major) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseScope scope;
    private final EnterpriseRegister enterprises;
    private final Clock clock;

    HazardStatistics(JdbcClient jdbc, EnterpriseScope scope, EnterpriseRegister enterprises, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Report report() {
        EnterpriseScope.Filter filter = scope.filter(null, null);
        Instant now = Instant.now(clock);
        List<Count> counts = jdbc.sql("""
                        SELECT enterprise_id, township_code, origin, count(*) AS found,
                               count(*) FILTER (WHERE state = 'CLOSED') AS closed,
                               count(*) FILTER (WHERE state <> 'CLOSED'
                                                  AND coalesce(supervision_deadline, deadline) < :now) AS overdue,
                               count(*) FILTER (WHERE grade = 'MAJOR') AS major
                          FROM hidden_hazard
                         WHERE (CAST(:enterprise AS uuid) IS NULL OR enterprise_id = :enterprise)
                           AND (CAST(:township AS text) IS NULL OR township_code = :township)
                         GROUP BY enterprise_id, township_code, origin""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("enterprise", filter.enterprise())
                .param("township", filter.township())
                .query((rs, n) -> new Count(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
        Map<UUID, Industry> industries = enterprises.directory().stream()
                .collect(Collectors.toMap(e -> e.id().value(), Enterprise::industry));
        List<Row> total = fold(counts, c -> "ALL", k -> "合计");
        return new Report(total.isEmpty() ? new Row("ALL", "合计", 0, 0, 0, 0, 0, 0.0) : total.get(0),
                fold(counts, Count::township, Function.identity()),
                fold(counts, c -> industries.getOrDefault(c.enterprise(), Industry.OTHER).name(),
                        k -> Industry.valueOf(k).label()),
                fold(counts, Count::origin, k -> HazardOrigin.valueOf(k).label()));
    }

    private static List<Row> fold(List<Count> counts, Function<Count, String> key, Function<String, String> label) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Count c : counts) {
            long[] s = sums.computeIfAbsent(key.apply(c), k -> new long[4]);
            s[0] += c.found();
            s[1] += c.closed();
            s[2] += c.overdue();
            s[3] += c.major();
        }
        return sums.entrySet().stream().map(e -> {
            long[] s = e.getValue();
            return new Row(e.getKey(), label.apply(e.getKey()), s[0], s[1], s[0] - s[1], s[2], s[3],
                    s[0] == 0 ? 0.0 : Math.round(1000.0 * s[1] / s[0]) / 1000.0);
        }).toList();
    }
}
