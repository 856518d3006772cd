package org.anlan.incident;

import static org.anlan.incident.GradingRule.FOREST_FIRE_AC02;
import static org.anlan.incident.GradingRule.GENERAL_CASUALTIES;
import static org.anlan.incident.GradingRule.PRODUCTION_SAFETY_AC01;
import static org.anlan.incident.IncidentCategory.ACCIDENT;
import static org.anlan.incident.IncidentCategory.NATURAL_DISASTER;
import static org.anlan.incident.IncidentCategory.PUBLIC_HEALTH;
import static org.anlan.incident.IncidentCategory.SOCIAL_SECURITY;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The incident type catalogue, coded in the style of GB/T 35561-2017 (突发事件分类与编码): the first digit is
 * the top class (1 自然灾害, 2 事故灾难, 3 公共卫生, 4 社会安全), so natural disasters start with "11",
 * accidents "12", public health "13" and social security "14".
 *
 * <p>Only these codes are verified, from the national early-warning event-code list (domain rules §6.3):
 * 11A01 洪水, 11B01 台风, 11B03 暴雨, 11B06 大风 and 11E101 海岸风险. Every other code here is Anlan's own,
 * documented in this table, and is to be replaced when the county supplies the official GB/T 35561 table.
 *
 * <p>Grading: production-safety accidents use {@link GradingRule#PRODUCTION_SAFETY_AC01} (493号令); forest
 * fire uses {@link GradingRule#FOREST_FIRE_AC02}; everything else, including 环境污染事件 (graded in reality by
 * the 国家突发环境事件应急预案, not yet in the domain rules), uses the provisional
 * {@link GradingRule#GENERAL_CASUALTIES}.
 */
public final class IncidentTypes {

    private static final List<IncidentType> ALL = List.of(
            // 自然灾害 — 11A 水旱, 11B 气象 (verified); 11C 地质, 11D 地震, 11E 海洋, 11F 森林草原火灾 (Anlan's)
            natural("11A01", "洪水", "Flood", "FLOOD_RESCUE", "WATER_RESCUE", "EVACUATION"),
            natural("11B01", "台风", "Typhoon", "FLOOD_RESCUE", "WATER_RESCUE", "EVACUATION", "POWER_REPAIR", "GENERAL_RESCUE"),
            natural("11B03", "暴雨", "Rainstorm", "FLOOD_RESCUE", "WATER_RESCUE", "EVACUATION"),
            natural("11B06", "大风", "Gale", "GENERAL_RESCUE", "POWER_REPAIR"),
            natural("11C01", "滑坡", "Landslide", "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE", "EVACUATION"),
            natural("11C02", "崩塌", "Rockfall", "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE", "EVACUATION"),
            natural("11C03", "泥石流", "Debris flow", "MOUNTAIN_RESCUE", "COLLAPSE_RESCUE", "EVACUATION"),
            natural("11D01", "地震", "Earthquake", "COLLAPSE_RESCUE", "MEDICAL", "EVACUATION", "GENERAL_RESCUE"),
            natural("11E101", "海岸风险", "Coastal risk", "SEA_RESCUE", "EVACUATION"),
            natural("11E102", "风暴潮", "Storm surge", "SEA_RESCUE", "FLOOD_RESCUE", "EVACUATION"),
            new IncidentType("11F01", "森林火灾", "Forest fire", NATURAL_DISASTER, FOREST_FIRE_AC02,
                    Set.of("FOREST_FIRE", "EVACUATION")),
            // 事故灾难 — 12A 工矿商贸, 12B 火灾, 12C 交通运输, 12D 公用设施, 12E 环境 (all Anlan's)
            accident("12A01", "工矿商贸生产安全事故", "Industrial or commercial production-safety accident",
                    "GENERAL_RESCUE", "COLLAPSE_RESCUE", "MEDICAL"),
            accident("12A02", "危险化学品事故", "Hazardous chemicals accident", "HAZMAT", "FIRE_SUPPRESSION", "EVACUATION", "MEDICAL"),
            accident("12A03", "建筑施工事故", "Construction accident", "COLLAPSE_RESCUE", "MEDICAL"),
            accident("12A04", "特种设备事故", "Special equipment accident", "GENERAL_RESCUE", "MEDICAL"),
            accident("12B01", "火灾事故", "Building fire", "FIRE_SUPPRESSION", "EVACUATION", "MEDICAL"),
            accident("12C01", "道路交通事故", "Road traffic accident", "TRAFFIC_RESCUE", "MEDICAL"),
            accident("12C02", "水上交通事故", "Waterborne traffic accident", "SEA_RESCUE", "WATER_RESCUE", "MEDICAL"),
            accident("12C03", "渔船事故", "Fishing vessel accident", "SEA_RESCUE", "MEDICAL"),
            accident("12D01", "燃气事故", "Gas accident", "HAZMAT", "FIRE_SUPPRESSION", "EVACUATION", "COLLAPSE_RESCUE"),
            accident("12D02", "电力事故", "Power accident", "POWER_REPAIR", "MEDICAL"),
            new IncidentType("12E01", "环境污染事件", "Environmental pollution incident", ACCIDENT, GENERAL_CASUALTIES,
                    Set.of("HAZMAT", "EVACUATION")),
            // 公共卫生事件 (Anlan's)
            other("13A01", "传染病疫情", "Infectious disease outbreak", PUBLIC_HEALTH, "MEDICAL"),
            other("13A02", "群体性不明原因疾病", "Cluster of unexplained illness", PUBLIC_HEALTH, "MEDICAL"),
            other("13B01", "食物中毒", "Food poisoning", PUBLIC_HEALTH, "MEDICAL"),
            // 社会安全事件 (Anlan's)
            other("14A01", "群体性事件", "Mass incident", SOCIAL_SECURITY, "MEDICAL", "EVACUATION"),
            other("14B01", "恐怖袭击", "Terrorist attack", SOCIAL_SECURITY,
                    "MEDICAL", "EVACUATION", "FIRE_SUPPRESSION", "COLLAPSE_RESCUE"),
            other("14C01", "重大刑事案件", "Major criminal case", SOCIAL_SECURITY, "MEDICAL"),
            other("14D01", "涉外突发事件", "Foreign-related emergency", SOCIAL_SECURITY, "MEDICAL", "GENERAL_RESCUE"));

    private static final Map<String, IncidentType> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(IncidentType::code, Function.identity()));

    private IncidentTypes() {
    }

    /** Every type, in catalogue order; the list is unmodifiable. */
    public static List<IncidentType> all() {
        return ALL;
    }

    /** The type with this code, ignoring surrounding blanks and letter case; empty for unknown or null. */
    public static Optional<IncidentType> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private static IncidentType natural(String code, String name, String nameEn, String... capabilities) {
        return new IncidentType(code, name, nameEn, NATURAL_DISASTER, GENERAL_CASUALTIES, Set.of(capabilities));
    }

    private static IncidentType accident(String code, String name, String nameEn, String... capabilities) {
        return new IncidentType(code, name, nameEn, ACCIDENT, PRODUCTION_SAFETY_AC01, Set.of(capabilities));
    }

    private static IncidentType other(String code, String name, String nameEn, IncidentCategory category,
            String... capabilities) {
        return new IncidentType(code, name, nameEn, category, GENERAL_CASUALTIES, Set.of(capabilities));
    }
}
