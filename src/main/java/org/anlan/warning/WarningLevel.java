package org.anlan.warning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * 预警级别 (MW-02, EW-06): 蓝 Ⅳ级/一般 &lt; 黄 Ⅲ级/较重 &lt; 橙 Ⅱ级/严重 &lt; 红 Ⅰ级/特别严重, with the colour as
 * GB/T 35965.1 writes it and its CAP 1.2 severity (EW-07).
 */
public enum WarningLevel {
    BLUE("Blue", "蓝色", "Ⅳ", "一般", "Minor"),
    YELLOW("Yellow", "黄色", "Ⅲ", "较重", "Moderate"),
    ORANGE("Orange", "橙色", "Ⅱ", "严重", "Severe"),
    RED("Red", "红色", "Ⅰ", "特别严重", "Extreme");

    private final String colour;
    private final String chineseColour;
    private final String grade;
    private final String gradeLabel;
    private final String capSeverity;

    WarningLevel(String colour, String chineseColour, String grade, String gradeLabel, String capSeverity) {
        this.colour = colour;
        this.chineseColour = chineseColour;
        this.grade = grade;
        this.gradeLabel = gradeLabel;
        this.capSeverity = capSeverity;
    }

    public String colour() {
        return colour;
    }

    public String chineseColour() {
        return chineseColour;
    }

    public String grade() {
        return grade;
    }

    public String gradeLabel() {
        return gradeLabel;
    }

    public String capSeverity() {
        return capSeverity;
    }

    public boolean above(WarningLevel other) {
        return compareTo(other) > 0;
    }

    /** BLUE/Blue/蓝色/蓝 …; empty for anything else (Unknown is not a level). */
    public static Optional<WarningLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(l -> l.name().equals(t.toUpperCase(Locale.ROOT)) || l.chineseColour.equals(t)
                || l.chineseColour.substring(0, 1).equals(t)).findFirst();
    }

    public static Optional<WarningLevel> ofCapSeverity(String severity) {
        return Arrays.stream(values()).filter(l -> l.capSeverity.equals(severity)).findFirst();
    }
}
