package org.anlan.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.junit.jupiter.api.Test;

class ResourcePolicyTest {

    static TeamDraft aTeam() {
        return new TeamDraft("石浦镇测试队", TeamKind.SOCIAL_RESCUE, "330225101", null, null, 20, 2,
                Set.of("SEA_RESCUE", "WATER_RESCUE"), true, "测试保险公司", LocalDate.of(2027, 6, 30), null, "张三",
                "0574-65980000");
    }

    static TeamDraft withCapabilities(Set<String> capabilities) {
        TeamDraft t = aTeam();
        return new TeamDraft(t.name(), t.kind(), t.townshipCode(), t.lat(), t.lon(), t.headcount(), t.vehicles(),
                capabilities, t.insured(), t.insurer(), t.insuranceExpires(), t.equipmentSummary(), t.leader(), t.phone());
    }

    static TeamDraft withInsurance(boolean insured, String insurer, LocalDate expires) {
        TeamDraft t = aTeam();
        return new TeamDraft(t.name(), t.kind(), t.townshipCode(), t.lat(), t.lon(), t.headcount(), t.vehicles(),
                t.capabilities(), insured, insurer, expires, t.equipmentSummary(), t.leader(), t.phone());
    }

    static TeamDraft withBase(Double lat, Double lon) {
        TeamDraft t = aTeam();
        return new TeamDraft(t.name(), t.kind(), t.townshipCode(), lat, lon, t.headcount(), t.vehicles(),
                t.capabilities(), t.insured(), t.insurer(), t.insuranceExpires(), t.equipmentSummary(), t.leader(), t.phone());
    }

    static String refusal(Runnable check) {
        ApiException e = catchThrowableOfType(ApiException.class, check::run);
        assertThat(e).as("refused").isNotNull();
        return e.code();
    }

    @Test
    void aCompleteTeamPasses() {
        assertThatCode(() -> ResourcePolicy.check(aTeam())).doesNotThrowAnyException();
    }

    @Test
    void capabilitiesMustComeFromTheVocabularyAndUnknownOnesAreNamed() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> ResourcePolicy.check(withCapabilities(Set.of("SEA_RESCUE", "TELEPORTATION"))));
        assertThat(e.code()).isEqualTo("TEAM_CAPABILITY_UNKNOWN");
        assertThat(e.arguments()[0]).isEqualTo("TELEPORTATION");
        assertThat((String) e.arguments()[1]).startsWith("FIRE_SUPPRESSION, FOREST_FIRE").endsWith("GENERAL_RESCUE");
        assertThat(refusal(() -> ResourcePolicy.check(withCapabilities(Set.of())))).isEqualTo("TEAM_CAPABILITY_REQUIRED");
        assertThat(Capabilities.VOCABULARY).hasSize(13);
    }

    @Test
    void anInsuredTeamNamesItsInsurerAndExpiryAndAnUninsuredOneNeither() {
        assertThat(refusal(() -> ResourcePolicy.check(withInsurance(true, null, LocalDate.of(2027, 1, 1)))))
                .isEqualTo("TEAM_INSURANCE_INVALID");
        assertThat(refusal(() -> ResourcePolicy.check(withInsurance(true, "测试保险公司", null))))
                .isEqualTo("TEAM_INSURANCE_INVALID");
        assertThat(refusal(() -> ResourcePolicy.check(withInsurance(false, "测试保险公司", null))))
                .isEqualTo("TEAM_INSURANCE_INVALID");
        assertThatCode(() -> ResourcePolicy.check(withInsurance(false, " ", null))).doesNotThrowAnyException();
    }

    @Test
    void aBaseHasBothCoordinatesOrNoneAndLiesOnEarth() {
        assertThat(refusal(() -> ResourcePolicy.check(withBase(29.2, null)))).isEqualTo("RESOURCE_LOCATION_INCOMPLETE");
        assertThat(refusal(() -> ResourcePolicy.check(withBase(121.9, 29.2)))).isEqualTo("POINT_INVALID");
        assertThatCode(() -> ResourcePolicy.check(withBase(29.24, 121.95))).doesNotThrowAnyException();
    }

    @Test
    void kindsAndStatusesAreParsedFromTheirCodesOnly() {
        assertThat(TeamKind.parse("TOWNSHIP_FOREST_FIRE")).isEqualTo(TeamKind.TOWNSHIP_FOREST_FIRE);
        assertThat(TeamKind.TOWNSHIP_FOREST_FIRE.chinese()).isEqualTo("乡镇森林消防队");
        assertThat(refusal(() -> TeamKind.parse("township_forest_fire"))).isEqualTo("TEAM_KIND_UNKNOWN");
        assertThat(refusal(() -> TeamStatus.parse(null))).isEqualTo("TEAM_STATUS_UNKNOWN");
        assertThat(refusal(() -> EquipmentKind.parse("SPACESHIP"))).isEqualTo("EQUIPMENT_KIND_UNKNOWN");
    }

    @Test
    void equipmentHasExactlyOneHolderAndADepotNeedsItsTownship() {
        UUID team = UUID.randomUUID();
        assertThatCode(() -> ResourcePolicy.check(new EquipmentDraft("冲锋舟", EquipmentKind.BOAT, 2, team, null, null, null, null)))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> ResourcePolicy.check(new EquipmentDraft("冲锋舟", EquipmentKind.BOAT, 2, team, "仓库", null, null, null))))
                .isEqualTo("EQUIPMENT_HOLDER_INVALID");
        assertThat(refusal(() -> ResourcePolicy.check(new EquipmentDraft("冲锋舟", EquipmentKind.BOAT, 2, null, null, null, null, null))))
                .isEqualTo("EQUIPMENT_HOLDER_INVALID");
        assertThat(refusal(() -> ResourcePolicy.check(new EquipmentDraft("冲锋舟", EquipmentKind.BOAT, 2, null, "仓库", null, null, null))))
                .isEqualTo("EQUIPMENT_TOWNSHIP_REQUIRED");
    }
}
