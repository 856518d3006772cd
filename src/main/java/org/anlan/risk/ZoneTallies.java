package org.anlan.risk;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.enterprise.EnterpriseId;

/**
 * The four-colour map kept as counts: per enterprise, per township and county-wide, the active risk points per
 * level and the open hazards (all, and 重大). One changed point or hazard moves a few counts (O(1) per zone);
 * a zone's colour is then {@link ZoneRiskRule#evaluate(int[], int)} of its counts. Not thread-safe: the owner
 * serialises access.
 */
final class ZoneTallies {

    static final class Tally {
        final int[] points = new int[RiskLevel.values().length];
        int openHazards;
        int openMajorHazards;

        boolean empty() {
            if (openHazards != 0) {
                return false;
            }
            for (int count : points) {
                if (count != 0) {
                    return false;
                }
            }
            return true;
        }

        ZoneRisk risk(ZoneRiskRule rule) {
            return rule.evaluate(points, openMajorHazards);
        }

        int activePoints() {
            int sum = 0;
            for (int count : points) {
                sum += count;
            }
            return sum;
        }
    }

    private final Map<UUID, Tally> enterprises = new HashMap<>();
    private final Map<String, Tally> townships = new HashMap<>();
    private final Tally county = new Tally();

    /** Adds (or with a negative count removes) active risk points of one level in one enterprise. */
    void addPoints(UUID enterprise, String township, RiskLevel level, int count) {
        for (Tally tally : zonesOf(enterprise, township)) {
            tally.points[level.ordinal()] += count;
        }
        dropIfEmpty(enterprise, township);
    }

    /** Adds (or removes) open hazards of one enterprise; {@code grade} is empty until the hazard is graded. */
    void addHazards(UUID enterprise, String township, Optional<HazardGrade> grade, int count) {
        for (Tally tally : zonesOf(enterprise, township)) {
            tally.openHazards += count;
            if (grade.orElse(null) == HazardGrade.MAJOR) {
                tally.openMajorHazards += count;
            }
        }
        dropIfEmpty(enterprise, township);
    }

    void point(RiskPointStanding standing, int sign) {
        if (standing.active()) {
            addPoints(standing.enterprise().value(), standing.townshipCode(), standing.level(), sign);
        }
    }

    Optional<Tally> enterprise(UUID id) {
        return Optional.ofNullable(enterprises.get(id));
    }

    Optional<Tally> township(String code) {
        return Optional.ofNullable(townships.get(code));
    }

    Tally county() {
        return county;
    }

    Map<UUID, Tally> enterprises() {
        return enterprises;
    }

    Map<String, Tally> townships() {
        return townships;
    }

    /** The whole map under a rule, in the domain's shape (so it can be compared with {@link RiskMap#compute}). */
    RiskMap toRiskMap(ZoneRiskRule rule) {
        return new RiskMap(
                enterprises.entrySet().stream().collect(Collectors.toMap(e -> new EnterpriseId(e.getKey()),
                        e -> e.getValue().risk(rule))),
                townships.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().risk(rule))),
                county.risk(rule));
    }

    private Tally[] zonesOf(UUID enterprise, String township) {
        return new Tally[] {enterprises.computeIfAbsent(enterprise, k -> new Tally()),
                townships.computeIfAbsent(township, k -> new Tally()), county};
    }

    private void dropIfEmpty(UUID enterprise, String township) {
        drop(enterprises, enterprise);
        drop(townships, township);
    }

    private static <K> void drop(Map<K, Tally> zones, K key) {
        Tally tally = zones.get(key);
        if (tally != null && tally.empty()) {
            zones.remove(key);
        }
    }
}
