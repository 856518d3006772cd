package org.anlan.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.junit.jupiter.api.Test;

/** The seed file itself, without a database: the plan's counts, unique names, holders that exist. */
class ResourceSeedTest {

    final ResourceSeed.SeedFile seed = ResourceSeed.read();

    @Test
    void theSeedFileHoldsThePlansTeamsAndPeoplePerKind() {
        Map<TeamKind, int[]> counts = new EnumMap<>(TeamKind.class);
        for (ResourceSeed.SeedTeam team : seed.teams()) {
            int[] c = counts.computeIfAbsent(team.kind(), k -> new int[2]);
            c[0]++;
            c[1] += team.headcount();
        }
        assertThat(counts.get(TeamKind.NATIONAL_FIRE_RESCUE)).containsExactly(3, 99);
        assertThat(counts.get(TeamKind.MUNICIPAL_FOREST_FIRE)).containsExactly(1, 25);
        assertThat(counts.get(TeamKind.COUNTY_FOREST_FIRE)).containsExactly(4, 100);
        assertThat(counts.get(TeamKind.DEPARTMENT_PROFESSIONAL)).containsExactly(8, 464);
        assertThat(counts.get(TeamKind.TOWNSHIP_FULLTIME_FIRE)).containsExactly(12, 115);
        assertThat(counts.get(TeamKind.TOWNSHIP_FOREST_FIRE)).containsExactly(18, 450);
        assertThat(counts.get(TeamKind.SOCIAL_RESCUE)).containsExactly(9, 450);
        assertThat(counts.get(TeamKind.ENTERPRISE_FIRE)).containsExactly(1, 15);
    }

    @Test
    void namesAreUniqueAndEveryEquipmentHolderIsASeededTeamOrADepot() {
        Set<String> names = new HashSet<>();
        seed.teams().forEach(t -> assertThat(names.add(t.name())).as(t.name()).isTrue());
        for (ResourceSeed.SeedEquipment e : seed.equipment()) {
            assertThat(e.team() == null).as(e.name()).isNotEqualTo(e.depot() == null);
            if (e.team() != null) {
                assertThat(names).contains(e.team());
            }
        }
        assertThat(seed.experts()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void anOffsetMovesTheBaseByThatManyKilometres() {
        GeoPoint seat = new GeoPoint(29.237, 121.944);
        assertThat(GreatCircle.distanceKm(seat, ResourceSeed.offset(seat, List.of(3.0, 4.0)))).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(ResourceSeed.offset(seat, null)).isEqualTo(seat);
    }

    @Test
    void stableIdsDependOnTheNameOnly() {
        assertThat(ResourceSeed.stableId("team", "象山蓝天救援队")).isEqualTo(ResourceSeed.stableId("team", "象山蓝天救援队"))
                .isNotEqualTo(ResourceSeed.stableId("team", "石浦海上义务救援队"));
    }
}
