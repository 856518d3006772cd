package org.anlan.incident;

import java.util.Locale;
import java.util.Optional;

/** 事件等级, from I 特别重大 (the highest) down to IV 一般. */
public enum Severity {
    I("特别重大", "Ⅰ"),
    II("重大", "Ⅱ"),
    III("较大", "Ⅲ"),
    IV("一般", "Ⅳ");

    private final String chinese;
    private final String romanNumeral;

    Severity(String chinese, String romanNumeral) {
        this.chinese = chinese;
        this.romanNumeral = romanNumeral;
    }

    public String chinese() {
        return chinese;
    }

    /** Whether this level is as high as {@code other} or higher (I is the highest). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The higher of the two levels. */
    static Severity higher(Severity a, Severity b) {
        return a.atLeast(b) ? a : b;
    }

    /**
     * Reads "I".."IV" (any case), "1".."4", the Unicode numerals "Ⅰ".."Ⅳ", the Chinese names
     * (特别重大, 重大, 较大, 一般), each optionally followed by 级 or 事件; empty for anything else.
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (String suffix : new String[] {"事件", "级"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length()).strip();
            }
        }
        String upper = s.toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            String arabic = String.valueOf(severity.ordinal() + 1);
            if (upper.equals(severity.name()) || s.equals(severity.romanNumeral) || s.equals(severity.chinese)
                    || s.equals(arabic)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
