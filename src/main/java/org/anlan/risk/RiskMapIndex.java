package org.anlan.risk;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live four-colour map: {@link ZoneTallies} built once from the database by two aggregate queries, then
 * kept current by applying each committed change of a risk point or hazard as a delta (O(1) per zone). A full
 * rebuild also runs on a timer ({@code anlan.risk.map-rebuild}, default every 30 minutes) and repairs any drift.
 * The rule is configuration: {@code anlan.risk.zone-rule.open-major-hazard-floor} (a level, or empty for
 * risk points only).
 */
@Component
public class RiskMapIndex {

    private final JdbcClient jdbc;
    private final ZoneRiskRule rule;
    private ZoneTallies tallies;

    RiskMapIndex(JdbcClient jdbc, @Value("${anlan.risk.zone-rule.open-major-hazard-floor:MAJOR}") String floor) {
        this.jdbc = jdbc;
        this.rule = floor == null || floor.isBlank() ? ZoneRiskRule.highestActiveLevel()
                : ZoneRiskRule.withOpenMajorHazardFloor(RiskLevel.valueOf(floor.strip().toUpperCase(Locale.ROOT)));
    }

    public ZoneRiskRule rule() {
        return rule;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "${anlan.risk.map-rebuild:PT30M}", fixedDelayString = "${anlan.risk.map-rebuild:PT30M}")
    public void rebuild() {
        ZoneTallies fresh = load(jdbc);
        synchronized (this) {
            tallies = fresh;
        }
    }

    /** Full recompute from the database: active risk points and open hazards counted per enterprise and level. */
    static ZoneTallies load(JdbcClient jdbc) {
        ZoneTallies fresh = new ZoneTallies();
        jdbc.sql("""
                        SELECT enterprise_id, township_code, level, count(*) AS n FROM risk_point WHERE active
                         GROUP BY enterprise_id, township_code, level""")
                .query(rs -> {
                    fresh.addPoints(rs.getObject(1, UUID.class), rs.getString(2), RiskLevel.valueOf(rs.getString(3)),
                            rs.getInt(4));
                });
        jdbc.sql("""
                        SELECT enterprise_id, township_code, grade, count(*) AS n FROM hidden_hazard
                         WHERE state <> 'CLOSED' GROUP BY enterprise_id, township_code, grade""")
                .query(rs -> {
                    String grade = rs.getString(3);
                    fresh.addHazards(rs.getObject(1, UUID.class), rs.getString(2),
                            Optional.ofNullable(grade).map(HazardGrade::valueOf), rs.getInt(4));
                });
        return fresh;
    }

    /** A risk point changed (created: no before; archived: inactive after); applied when the transaction commits. */
    void pointChanged(Optional<RiskPointStanding> before, Optional<RiskPointStanding> after) {
        afterCommit(() -> apply(t -> {
            before.ifPresent(p -> t.point(p, -1));
            after.ifPresent(p -> t.point(p, +1));
        }));
    }

    /** Many rows changed at once (an enterprise moved township): rebuild when the transaction commits. */
    void rebuildAfterCommit() {
        afterCommit(this::rebuild);
    }

    record HazardStanding(UUID enterprise, String townshipCode, Optional<HazardGrade> grade, boolean open) {
    }

    void hazardChanged(Optional<HazardStanding> before, Optional<HazardStanding> after) {
        afterCommit(() -> apply(t -> {
            before.filter(HazardStanding::open).ifPresent(h -> t.addHazards(h.enterprise(), h.townshipCode(), h.grade(), -1));
            after.filter(HazardStanding::open).ifPresent(h -> t.addHazards(h.enterprise(), h.townshipCode(), h.grade(), +1));
        }));
    }

    /** The whole map now. */
    public synchronized RiskMap map() {
        return current().toRiskMap(rule);
    }

    public synchronized ZoneRisk township(String code) {
        return current().township(code).map(t -> t.risk(rule)).orElse(rule.evaluate(new int[4], 0));
    }

    public synchronized ZoneRisk enterprise(UUID id) {
        return current().enterprise(id).map(t -> t.risk(rule)).orElse(rule.evaluate(new int[4], 0));
    }

    /** Open hazards per township (all grades), for the map's labels. */
    public synchronized int openHazards(String township) {
        return current().township(township).map(t -> t.openHazards).orElse(0);
    }

    public synchronized int openHazardsOfEnterprise(UUID enterprise) {
        return current().enterprise(enterprise).map(t -> t.openHazards).orElse(0);
    }

    public synchronized int openHazardsCounty() {
        return current().county().openHazards;
    }

    private ZoneTallies current() {
        if (tallies == null) {
            tallies = load(jdbc);
        }
        return tallies;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private synchronized void apply(java.util.function.Consumer<ZoneTallies> delta) {
        if (tallies != null) {
            delta.accept(tallies);
        }
    }
}
