package org.anlan.risk;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.enterprise.EnterpriseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench riskmap}: generates a synthetic county inside the database, then times the four-colour map
 * against straightforward baselines in the same run, after checking that every method gives the same map:
 * <ul>
 *   <li>full recompute: two aggregate queries into per-zone counts, against a per-enterprise query loop that
 *       feeds the domain's {@link RiskMap#compute};</li>
 *   <li>one changed risk point: the stored change plus an O(1) delta on the live counts, against the same change
 *       followed by a full recompute.</li>
 * </ul>
 */
@Component
public class RiskMapBenchmark {

    public record Result(double fullMillis, double naiveFullMillis, double incrementalMillis,
                         double recomputeAfterChangeMillis, boolean mapsEqual) {
    }

    private static final RiskLevel[] LEVEL_MIX = {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW,
            RiskLevel.LOW, RiskLevel.GENERAL, RiskLevel.GENERAL, RiskLevel.GENERAL, RiskLevel.LARGE, RiskLevel.MAJOR};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RiskMapIndex index;
    private final CountyGeography county;

    RiskMapBenchmark(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, RiskMapIndex index,
                     CountyGeography county) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.index = index;
        this.county = county;
    }

    public Result run(int enterprises, int points, int hazards, int changes, PrintStream out) throws SQLException {
        List<String> townships = county.townships().stream().map(Township::code).toList();
        out.printf("Generating %,d enterprises, %,d risk points, %,d open hazards (INSERT … SELECT)...%n", enterprises, points, hazards);
        long loadStart = System.nanoTime();
        UUID[] ids = load(enterprises, points, hazards, townships);
        out.printf("  loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);

        RiskMap fromCounts = RiskMapIndex.load(jdbc).toRiskMap(index.rule());
        RiskMap fromLoop = naiveFull(ids);
        RiskMap fromDomain = RiskMap.compute(index.rule(), standings(), openHazards());
        boolean equal = fromCounts.equals(fromLoop) && fromCounts.equals(fromDomain);
        out.printf("Check: counts = per-enterprise loop = domain RiskMap.compute: %s (%,d enterprise zones, county %s)%n",
                equal, fromCounts.enterprises().size(), fromCounts.county().label());

        for (int i = 0; i < 2; i++) {
            RiskMapIndex.load(jdbc);
        }
        double full = median(5, () -> RiskMapIndex.load(jdbc).toRiskMap(index.rule()));
        out.printf("full recompute (2 aggregate queries → per-zone counts → map): %.1f ms%n", full);
        double naive = median(1, () -> naiveFull(ids));
        out.printf("baseline full (per-enterprise query loop, %,d enterprises × 2 queries): %.1f ms%n", ids.length, naive);

        index.rebuild();
        List<UUID> pointIds = jdbc.sql("SELECT id FROM risk_point WHERE synthetic ORDER BY id LIMIT :n")
                .param("n", Math.max(changes, 1) * 2).query(UUID.class).list();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            changeOnePoint(pointIds.get(random.nextInt(pointIds.size())), random);
        }
        double[] incremental = new double[changes];
        for (int i = 0; i < changes; i++) {
            UUID id = pointIds.get(random.nextInt(pointIds.size()));
            long start = System.nanoTime();
            String township = changeOnePoint(id, random);
            index.township(township);
            incremental[i] = (System.nanoTime() - start) / 1e6;
        }
        int recomputeRuns = Math.max(3, Math.min(changes, 10));
        double[] recompute = new double[recomputeRuns];
        for (int i = 0; i < recomputeRuns; i++) {
            UUID id = pointIds.get(random.nextInt(pointIds.size()));
            long start = System.nanoTime();
            String township = changeOnePoint(id, random);
            RiskMapIndex.load(jdbc).toRiskMap(index.rule()).townships().get(township);
            recompute[i] = (System.nanoTime() - start) / 1e6;
        }
        boolean stillEqual = index.map().equals(RiskMapIndex.load(jdbc).toRiskMap(index.rule()));
        out.printf("Check after %,d changes: live map = full recompute: %s%n", changes + recomputeRuns + 20, stillEqual);
        double inc = median(incremental);
        double rec = median(recompute);
        out.printf("incremental (one changed point: locked read, update, commit, O(1) delta, township colour): "
                + "median %.2f ms, p99 %.2f ms over %d changes%n", inc, percentile(incremental, 99), changes);
        out.printf("baseline incremental (the same change, then a full recompute): median %.1f ms%n", rec);
        out.printf("ratio full: baseline / counts = %.1f×; incremental: baseline / delta = %.0f×%n", naive / full,
                rec / inc);
        out.printf("targets: full < 2000 ms %s, incremental < 20 ms %s%n", full < 2000 ? "met" : "NOT met",
                inc < 20 ? "met" : "NOT met");
        return new Result(full, naive, inc, rec, equal && stillEqual);
    }

    /** Re-grades one risk point to a random level, as {@link RiskRegister#update} would; the township is returned. */
    private String changeOnePoint(UUID id, Random random) {
        return transaction.execute(status -> {
            RiskPointStanding before = jdbc.sql("""
                            SELECT enterprise_id, township_code, level, active FROM risk_point WHERE id = :id FOR UPDATE""")
                    .param("id", id)
                    .query((rs, n) -> new RiskPointStanding(id, new EnterpriseId(rs.getObject(1, UUID.class)),
                            rs.getString(2), RiskLevel.valueOf(rs.getString(3)), rs.getBoolean(4)))
                    .single();
            RiskLevel level = LEVEL_MIX[random.nextInt(LEVEL_MIX.length)];
            jdbc.sql("UPDATE risk_point SET level = :level WHERE id = :id").param("level", level.name()).param("id", id)
                    .update();
            index.pointChanged(Optional.of(before), Optional.of(new RiskPointStanding(id, before.enterprise(),
                    before.townshipCode(), level, before.active())));
            return before.townshipCode();
        });
    }

    private RiskMap naiveFull(UUID[] enterprises) {
        List<RiskPointStanding> points = new ArrayList<>();
        List<OpenHazardStanding> hazards = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT id, township_code, level FROM risk_point WHERE enterprise_id = ? AND active");
             PreparedStatement h = c.prepareStatement(
                     "SELECT id, township_code, grade FROM hidden_hazard WHERE enterprise_id = ? AND state <> 'CLOSED'")) {
            for (UUID enterprise : enterprises) {
                EnterpriseId id = new EnterpriseId(enterprise);
                p.setObject(1, enterprise);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        points.add(new RiskPointStanding(rs.getObject(1, UUID.class), id, rs.getString(2),
                                RiskLevel.valueOf(rs.getString(3)), true));
                    }
                }
                h.setObject(1, enterprise);
                try (ResultSet rs = h.executeQuery()) {
                    while (rs.next()) {
                        String grade = rs.getString(3);
                        hazards.add(new OpenHazardStanding(rs.getObject(1, UUID.class), id, rs.getString(2),
                                grade == null ? HazardGrade.GENERAL : HazardGrade.valueOf(grade)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return RiskMap.compute(index.rule(), points, hazards);
    }

    private List<RiskPointStanding> standings() {
        return jdbc.sql("SELECT id, enterprise_id, township_code, level FROM risk_point WHERE active")
                .query((rs, n) -> new RiskPointStanding(rs.getObject(1, UUID.class),
                        new EnterpriseId(rs.getObject(2, UUID.class)), rs.getString(3), RiskLevel.valueOf(rs.getString(4)),
                        true)).list();
    }

    private List<OpenHazardStanding> openHazards() {
        return jdbc.sql("SELECT id, enterprise_id, township_code, grade FROM hidden_hazard WHERE state <> 'CLOSED'")
                .query((rs, n) -> new OpenHazardStanding(rs.getObject(1, UUID.class),
                        new EnterpriseId(rs.getObject(2, UUID.class)), rs.getString(3),
                        rs.getString(4) == null ? HazardGrade.GENERAL : HazardGrade.valueOf(rs.getString(4)))).list();
    }

    /**
     * Generates the synthetic county inside the database (INSERT … SELECT over generate_series, deterministic
     * md5-derived ids and spreads): 5 % of points inactive, levels 50/30/10/10 % LOW/GENERAL/LARGE/MAJOR, 5 % of
     * hazards 重大. All rows are flagged synthetic. Returns every enterprise id (the demo register's too), for the
     * per-enterprise baseline.
     */
    private UUID[] load(int enterprises, int points, int hazards, List<String> townships) {
        String[] codes = townships.toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO enterprise (id, name, credit_code, industry, township_code, lat, lon, above_scale,
                                                standardisation, liability_insured, synthetic, created_at, updated_at)
                        SELECT md5('bench-enterprise-' || i)::uuid, '基准企业' || i,
                               '91330225' || lpad(i::text, 10, '0'), 'OTHER', (CAST(:codes AS text[]))[(1 + i % :n)::int],
                               29.2 + (i % 997) / 2500.0, 121.7 + (i % 991) / 2500.0, false, 'NONE', false, true,
                               now(), now()
                          FROM generate_series(0::bigint, :count - 1) AS i""")
                .param("codes", codes).param("n", codes.length).param("count", enterprises).update();
        jdbc.sql("""
                        INSERT INTO risk_point (id, enterprise_id, township_code, name, method, factor_l, factor_e,
                                                factor_c, score, level, variant, review_days, next_review, active,
                                                synthetic, created_at, updated_at)
                        SELECT md5('bench-point-' || i)::uuid, md5('bench-enterprise-' || e)::uuid,
                               (CAST(:codes AS text[]))[(1 + e % :n)::int], '基准风险点' || i, 'LEC', 3, 6, 7, 126,
                               (ARRAY['LOW','LOW','LOW','LOW','LOW','GENERAL','GENERAL','GENERAL','LARGE','MAJOR'])[(1 + (i * 7919) % 10)::int],
                               'LEC Graham-Kinney', 365, DATE '2027-01-01', i % 20 <> 0, true, now(), now()
                          FROM (SELECT i, (i * 104729 + 7) % :enterprises AS e FROM generate_series(0::bigint, :count - 1) AS i) AS s""")
                .param("codes", codes).param("n", codes.length).param("enterprises", enterprises).param("count", points)
                .update();
        jdbc.sql("""
                        INSERT INTO hidden_hazard (id, enterprise_id, township_code, origin, description, state, grade,
                                                   synthetic, found_at, updated_at)
                        SELECT md5('bench-hazard-' || i)::uuid, md5('bench-enterprise-' || e)::uuid,
                               (CAST(:codes AS text[]))[(1 + e % :n)::int], 'INSPECTOR', '基准隐患' || i, 'RECTIFYING',
                               CASE WHEN i % 20 = 0 THEN 'MAJOR' ELSE 'GENERAL' END, true, now(), now()
                          FROM (SELECT i, (i * 15485863 + 11) % :enterprises AS e FROM generate_series(0::bigint, :count - 1) AS i) AS s""")
                .param("codes", codes).param("n", codes.length).param("enterprises", enterprises).param("count", hazards)
                .update();
        jdbc.sql("ANALYZE enterprise").update();
        jdbc.sql("ANALYZE risk_point").update();
        jdbc.sql("ANALYZE hidden_hazard").update();
        return jdbc.sql("SELECT id FROM enterprise ORDER BY id").query(UUID.class).list().toArray(UUID[]::new);
    }

    private static double median(int runs, Runnable work) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(times);
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
