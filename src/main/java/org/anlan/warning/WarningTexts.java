package org.anlan.warning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The Chinese texts of a warning: the headline in the EW-06 pattern
 * ({@code {发布单位}发布{事件名}{颜色}预警[{Ⅰ..Ⅳ}级/{标签}]}) and the defence instructions per hazard and level
 * from {@code warning/instruction-templates.properties}.
 */
final class WarningTexts {

    private static final Map<Hazard, Map<WarningLevel, String>> TEMPLATES = load();

    private WarningTexts() {
    }

    static String headline(String senderName, String eventName, WarningLevel level) {
        return senderName + "发布" + eventName + level.chineseColour() + "预警[" + level.grade() + "级/" + level.gradeLabel() + "]";
    }

    static String instruction(Hazard hazard, WarningLevel level, List<String> townshipCodes,
                              Function<String, String> townshipName) {
        if (hazard == null) {
            return null;
        }
        String names = String.join("、", townshipCodes.stream().map(townshipName).toList());
        return TEMPLATES.get(hazard).get(level).replace("{townships}", names);
    }

    private static Map<Hazard, Map<WarningLevel, String>> load() {
        Properties properties = new Properties();
        try (var in = WarningTexts.class.getResourceAsStream("/warning/instruction-templates.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Hazard, Map<WarningLevel, String>> templates = new EnumMap<>(Hazard.class);
        for (Hazard hazard : Hazard.values()) {
            Map<WarningLevel, String> byLevel = new EnumMap<>(WarningLevel.class);
            for (WarningLevel level : WarningLevel.values()) {
                String text = properties.getProperty(hazard.name() + "." + level.name());
                if (text == null) {
                    throw new IllegalStateException("instruction template missing: " + hazard + "." + level);
                }
                byLevel.put(level, text);
            }
            templates.put(hazard, byLevel);
        }
        return templates;
    }
}
