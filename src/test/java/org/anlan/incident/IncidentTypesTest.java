package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentTypesTest {

    private static final Set<String> VOCABULARY = Set.of("FIRE_SUPPRESSION", "FOREST_FIRE", "WATER_RESCUE",
            "SEA_RESCUE", "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE", "HAZMAT", "TRAFFIC_RESCUE", "FLOOD_RESCUE",
            "MEDICAL", "POWER_REPAIR", "EVACUATION", "GENERAL_RESCUE");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"11B01, 台风", "11B03, 暴雨", "11A01, 洪水", "11E101, 海岸风险", "11B06, 大风"})
    void theVerifiedNationalCodesKeepTheirMeaning(String code, String name) {
        assertThat(IncidentTypes.byCode(code)).get().extracting(IncidentType::name).isEqualTo(name);
    }

    @ParameterizedTest(name = "the catalogue has {0}")
    @ValueSource(strings = {"台风", "暴雨", "洪水", "风暴潮", "大风", "滑坡", "崩塌", "泥石流", "森林火灾", "地震",
            "火灾事故", "工矿商贸生产安全事故", "危险化学品事故", "道路交通事故", "水上交通事故", "渔船事故", "建筑施工事故",
            "特种设备事故", "燃气事故", "电力事故", "环境污染事件", "传染病疫情", "食物中毒", "群体性不明原因疾病",
            "群体性事件", "恐怖袭击", "重大刑事案件", "涉外突发事件"})
    void theCatalogueHasEveryTypeTheCountyAskedFor(String name) {
        assertThat(IncidentTypes.all()).extracting(IncidentType::name).contains(name);
    }

    @Test
    void codesAreUniqueAndStartWithTheirTopClass() {
        Map<IncidentCategory, String> prefix = Map.of(IncidentCategory.NATURAL_DISASTER, "11",
                IncidentCategory.ACCIDENT, "12", IncidentCategory.PUBLIC_HEALTH, "13",
                IncidentCategory.SOCIAL_SECURITY, "14");

        assertThat(IncidentTypes.all()).extracting(IncidentType::code).doesNotHaveDuplicates();
        assertThat(IncidentTypes.all()).allSatisfy(type ->
                assertThat(type.code()).startsWith(prefix.get(type.category())).matches("1[1-4][A-Z]\\d{2,3}"));
        assertThat(IncidentTypes.all()).extracting(IncidentType::category).containsAll(prefix.keySet());
    }

    @Test
    void everyTypeRequiresSomeCapabilitiesAndOnlyFromTheVocabulary() {
        assertThat(IncidentTypes.all()).allSatisfy(type ->
                assertThat(type.requiredCapabilities()).isNotEmpty().isSubsetOf(VOCABULARY));
    }

    @Test
    void namesAreChineseAndEnglishNamesAreNot() {
        assertThat(IncidentTypes.all()).allSatisfy(type -> {
            assertThat(type.name()).matches("\\p{IsHan}+");
            assertThat(type.nameEn()).matches("[A-Za-z ,-]+");
        });
    }

    @Test
    void forestFireIsGradedByAc02ProductionSafetyAccidentsByAc01AndTheRestProvisionally() {
        Map<GradingRule, Set<String>> byRule = IncidentTypes.all().stream().collect(Collectors.groupingBy(
                IncidentType::gradingRule, Collectors.mapping(IncidentType::name, Collectors.toSet())));

        assertThat(byRule.get(GradingRule.FOREST_FIRE_AC02)).containsExactly("森林火灾");
        assertThat(byRule.get(GradingRule.PRODUCTION_SAFETY_AC01)).containsExactlyInAnyOrder("工矿商贸生产安全事故",
                "危险化学品事故", "建筑施工事故", "特种设备事故", "火灾事故", "道路交通事故", "水上交通事故", "渔船事故",
                "燃气事故", "电力事故");
        assertThat(byRule.get(GradingRule.GENERAL_CASUALTIES)).contains("台风", "环境污染事件", "食物中毒", "群体性事件");
    }

    @Test
    void capabilitiesFollowTheHazard() {
        assertThat(IncidentFixtures.FOREST_FIRE.requiredCapabilities()).contains("FOREST_FIRE");
        assertThat(IncidentFixtures.type("12A02").requiredCapabilities()).contains("HAZMAT");
        assertThat(IncidentFixtures.type("12C03").requiredCapabilities()).contains("SEA_RESCUE");
        assertThat(IncidentFixtures.type("12C01").requiredCapabilities()).contains("TRAFFIC_RESCUE");
        assertThat(IncidentFixtures.type("11C01").requiredCapabilities()).contains("MOUNTAIN_RESCUE");
        assertThat(IncidentFixtures.type("12B01").requiredCapabilities()).contains("FIRE_SUPPRESSION");
    }

    @Test
    void lookupIgnoresSurroundingBlanksAndLetterCase() {
        assertThat(IncidentTypes.byCode(" 11b01 ")).contains(IncidentFixtures.TYPHOON);
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @NullAndEmptySource
    @ValueSource(strings = {"11B99", "台风", "11B01_red", "1"})
    void unknownCodesFindNothing(String code) {
        assertThat(IncidentTypes.byCode(code)).isEmpty();
    }

    @Test
    void theCatalogueCannotBeChanged() {
        assertThatThrownBy(() -> IncidentTypes.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> IncidentFixtures.TYPHOON.requiredCapabilities().add("MEDICAL"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTypeRejectsACapabilityOutsideTheVocabulary() {
        assertThatThrownBy(() -> new IncidentType("12Z01", "测试", "Test", IncidentCategory.ACCIDENT,
                GradingRule.PRODUCTION_SAFETY_AC01, Set.of("MEDICAL", "TELEPATHY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TELEPATHY");
    }

    @Test
    void aTypeNeedsACodeNamesACategoryAndARule() {
        assertThatThrownBy(() -> new IncidentType(" ", "测试", "Test", IncidentCategory.ACCIDENT,
                GradingRule.PRODUCTION_SAFETY_AC01, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentType("12Z01", "", "Test", IncidentCategory.ACCIDENT,
                GradingRule.PRODUCTION_SAFETY_AC01, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentType("12Z01", "测试", "Test", null,
                GradingRule.PRODUCTION_SAFETY_AC01, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new IncidentType("12Z01", "测试", "Test", IncidentCategory.ACCIDENT,
                null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void categoriesHaveTheirChineseNames() {
        assertThat(IncidentCategory.values()).extracting(IncidentCategory::chinese)
                .containsExactly("自然灾害", "事故灾难", "公共卫生事件", "社会安全事件");
    }
}
