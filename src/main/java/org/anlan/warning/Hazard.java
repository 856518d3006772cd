package org.anlan.warning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The hazards warned about, each with its GB/T 35965.1 eventType code (EW-07 table) and CAP category.
 * Water level is warned as 洪水 (11A01), landslides as 地质灾害气象风险 (11B37), tide as 海岸风险 (11E101).
 */
public enum Hazard {
    TYPHOON("11B01", "台风", "Met"),
    RAINSTORM("11B03", "暴雨", "Met"),
    GALE("11B06", "大风", "Met"),
    WATER_LEVEL("11A01", "洪水", "Met"),
    TIDE("11E101", "海岸风险", "Met"),
    LANDSLIDE("11B37", "地质灾害气象风险", "Geo");

    private final String eventType;
    private final String chineseName;
    private final String capCategory;

    Hazard(String eventType, String chineseName, String capCategory) {
        this.eventType = eventType;
        this.chineseName = chineseName;
        this.capCategory = capCategory;
    }

    public String eventType() {
        return eventType;
    }

    public String chineseName() {
        return chineseName;
    }

    public String capCategory() {
        return capCategory;
    }

    public static Optional<Hazard> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(h -> h.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    public static Optional<Hazard> byEventType(String code) {
        return Arrays.stream(values()).filter(h -> h.eventType.equals(code)).findFirst();
    }
}
