package org.anlan.warning.cap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GB/T 35965.1 eventType codes (domain rules §6.3, EW-08) as reference data. Unknown codes are preserved by the
 * callers, never rejected; a colour suffix some feeds append ({@code 11B01_red}) is stripped before the look-up.
 */
public final class GbEventTypes {

    private static final Pattern SUFFIX = Pattern.compile("_(red|orange|yellow|blue|white)$", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("11B01", "台风"), Map.entry("11B02", "龙卷风"), Map.entry("11B03", "暴雨"),
            Map.entry("11B04", "暴雪"), Map.entry("11B05", "寒潮"), Map.entry("11B06", "大风"),
            Map.entry("11B07", "沙尘暴"), Map.entry("11B08", "低温冻害"), Map.entry("11B09", "高温"),
            Map.entry("11B10", "热浪"), Map.entry("11B11", "干热风"), Map.entry("11B14", "雷电"),
            Map.entry("11B15", "冰雹"), Map.entry("11B16", "霜冻"), Map.entry("11B17", "大雾"),
            Map.entry("11B19", "霾"), Map.entry("11B20", "雷雨大风"), Map.entry("11B21", "道路结冰"),
            Map.entry("11B22", "干旱"), Map.entry("11B23", "海上大风"), Map.entry("11B24", "高温中暑"),
            Map.entry("11B25", "森林火险"), Map.entry("11B27", "冰冻"), Map.entry("11B29", "重污染"),
            Map.entry("11B31", "强对流"), Map.entry("11B37", "地质灾害气象风险"), Map.entry("11B38", "强降雨"),
            Map.entry("11B49", "台风暴雨"), Map.entry("11B52", "海上雷雨大风"), Map.entry("11B53", "海上大雾"),
            Map.entry("11B55", "海上台风"), Map.entry("11A01", "洪水"), Map.entry("11E101", "海岸风险"));

    /** Event names to codes, for messages that name the event but carry no eventType. */
    public static final Map<String, String> NAMES_TO_CODES = NAMES.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private GbEventTypes() {
    }

    /** The code without a colour suffix, upper-case. */
    public static String normalise(String code) {
        return code == null ? null : SUFFIX.matcher(code.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(normalise(code)));
    }

    /**
     * Whether a headline agrees with the code: it must not name a different listed event instead (a feed that labels
     * 11B03 as 台风 is caught). A headline naming no listed event is accepted.
     */
    public static boolean headlineAgrees(String code, String headline) {
        Optional<String> expected = name(code);
        if (expected.isEmpty() || headline == null || headline.contains(expected.get())) {
            return true;
        }
        return NAMES.values().stream().noneMatch(headline::contains);
    }
}
