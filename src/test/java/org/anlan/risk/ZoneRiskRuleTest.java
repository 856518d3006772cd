package org.anlan.risk;

import static org.anlan.risk.RiskLevel.GENERAL;
import static org.anlan.risk.RiskLevel.LARGE;
import static org.anlan.risk.RiskLevel.LOW;
import static org.anlan.risk.RiskLevel.MAJOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;
import org.junit.jupiter.api.Test;

/** RG-MAP-02: a zone takes the highest level of its active risk points; no points, no colour. */
class ZoneRiskRuleTest {

    private static final String SHIPU = "330225101";
    private static final String DANDONG = "330225001";
    private final EnterpriseId coldStore = EnterpriseId.random();
    private final EnterpriseId chemicalPlant = EnterpriseId.random();
    private final EnterpriseId workshop = EnterpriseId.random();
    private final ZoneRiskRule rule = ZoneRiskRule.highestActiveLevel();

    @Test
    void aZoneTakesTheHighestLevelOfItsActiveRiskPoints() {
        ZoneRisk zone = rule.evaluate(List.of(point(coldStore, SHIPU, LOW), point(coldStore, SHIPU, LARGE),
                point(coldStore, SHIPU, GENERAL)), List.of());

        assertThat(zone.level()).contains(LARGE);
        assertThat(zone.colour()).contains(RiskColour.ORANGE);
        assertThat(zone.activeRiskPoints()).isEqualTo(3);
    }

    @Test
    void archivedRiskPointsDoNotColourTheZone() {
        ZoneRisk zone = rule.evaluate(List.of(point(coldStore, SHIPU, LOW), archived(coldStore, SHIPU, MAJOR)),
                List.of());

        assertThat(zone.level()).contains(LOW);
        assertThat(zone.activeRiskPoints()).isEqualTo(1);
    }

    @Test
    void aZoneWithoutActiveRiskPointsIsUnassessedNotBlue() {
        ZoneRisk zone = rule.evaluate(List.of(archived(coldStore, SHIPU, LOW)), List.of());

        assertThat(zone.level()).isEmpty();
        assertThat(zone.colour()).isEmpty();
        assertThat(zone.label()).isEqualTo("未评估");
    }

    @Test
    void byDefaultOpenMajorHazardsDoNotChangeTheColourBecauseTheRulesDoNotSaySo() {
        ZoneRisk zone = rule.evaluate(List.of(point(coldStore, SHIPU, LOW)), List.of(majorHazard(coldStore, SHIPU)));

        assertThat(zone.level()).contains(LOW);
        assertThat(zone.openMajorHazards()).isEqualTo(1);
        assertThat(zone.raisedByOpenMajorHazards()).isFalse();
    }

    @Test
    void aConfiguredFloorLiftsAZoneWithAnOpenMajorHazardButNeverLowersIt() {
        ZoneRiskRule floor = ZoneRiskRule.withOpenMajorHazardFloor(LARGE);

        ZoneRisk lifted = floor.evaluate(List.of(point(coldStore, SHIPU, LOW)), List.of(majorHazard(coldStore, SHIPU)));
        ZoneRisk kept = floor.evaluate(List.of(point(coldStore, SHIPU, MAJOR)), List.of(majorHazard(coldStore, SHIPU)));
        ZoneRisk generalOnly = floor.evaluate(List.of(point(coldStore, SHIPU, LOW)),
                List.of(new OpenHazardStanding(UUID.randomUUID(), coldStore, SHIPU, HazardGrade.GENERAL)));

        assertThat(lifted.level()).contains(LARGE);
        assertThat(lifted.raisedByOpenMajorHazards()).isTrue();
        assertThat(kept.level()).contains(MAJOR);
        assertThat(kept.raisedByOpenMajorHazards()).isFalse();
        assertThat(generalOnly.level()).contains(LOW);
    }

    @Test
    void theMapColoursEnterprisesTownshipsAndTheCounty() {
        List<RiskPointStanding> points = List.of(
                point(coldStore, SHIPU, GENERAL), point(coldStore, SHIPU, LOW),
                point(chemicalPlant, DANDONG, MAJOR), archived(workshop, DANDONG, LARGE));

        RiskMap map = RiskMap.compute(rule, points, List.of(majorHazard(workshop, DANDONG)));

        assertThat(map.enterprises().get(coldStore).level()).contains(GENERAL);
        assertThat(map.enterprises().get(chemicalPlant).level()).contains(MAJOR);
        assertThat(map.enterprises().get(workshop).label()).isEqualTo("未评估");
        assertThat(map.enterprises().get(workshop).openMajorHazards()).isEqualTo(1);
        assertThat(map.townships().get(SHIPU).level()).contains(GENERAL);
        assertThat(map.townships().get(DANDONG).level()).contains(MAJOR);
        assertThat(map.county().level()).contains(MAJOR);
        assertThat(map.county().activeRiskPoints()).isEqualTo(3);
    }

    @Test
    void anEmptyCountyIsUnassessed() {
        RiskMap map = RiskMap.compute(rule, List.of(), List.of());

        assertThat(map.county().label()).isEqualTo("未评估");
        assertThat(map.townships()).isEmpty();
    }

    private static RiskPointStanding point(EnterpriseId enterprise, String township, RiskLevel level) {
        return new RiskPointStanding(UUID.randomUUID(), enterprise, township, level, true);
    }

    private static RiskPointStanding archived(EnterpriseId enterprise, String township, RiskLevel level) {
        return new RiskPointStanding(UUID.randomUUID(), enterprise, township, level, false);
    }

    private static OpenHazardStanding majorHazard(EnterpriseId enterprise, String township) {
        return new OpenHazardStanding(UUID.randomUUID(), enterprise, township, HazardGrade.MAJOR);
    }
}
