package org.anlan.vessel.ais;

import java.util.Map;

/** gpsd's "scaled" JSON conventions: floats in natural units, special strings where the adoc names them. */
final class Scaling {

    static final String NOT_AVAILABLE = "nan";

    private Scaling() {
    }

    /**
     * 1/10000 minute to degrees rounded to 7 decimals; 181/91 (not available) come out as 181.0/91.0, as gpsd
     * prints them. raw/600000 degrees are raw·50/3 units of 1e-7: a whole number of units plus 0, 1/3 or 2/3, never
     * near a half, so rounding the exact quotient in integers gives what rounding {@code raw / 600000.0 * 1e7} gives
     * (checked for every 28-bit value), without one of its divisions.
     */
    static double degreesFromTenThousandthMinutes(long raw) {
        return thirdsRounded(raw * 50) / 1e7;
    }

    /** 1/10 minute to degrees rounded to 5 decimals: raw·500/3 units of 1e-5, as above. */
    static double degreesFromTenthMinutes(long raw) {
        return thirdsRounded(raw * 500) / 1e5;
    }

    /** {@code thirds / 3} rounded half up (a third never is a half: rounded to nearest). */
    private static long thirdsRounded(long thirds) {
        return Math.floorDiv(thirds + 1, 3);
    }

    /** Rate of turn: ROT_AIS = 4.733·sqrt(ROT), sign kept; ±127 and -128 are the adoc's special values. */
    static Object turn(int raw) {
        return switch (raw) {
            case -128 -> NOT_AVAILABLE;
            case 127 -> "fastright";
            case -127 -> "fastleft";
            default -> {
                double root = raw / 4.733;
                yield round(Math.copySign(root * root, raw), 1e3);
            }
        };
    }

    /** Speed over ground in 0.1 knot: 1023 not available, 1022 means 102.2 knots or more. */
    static Object speedTenths(int raw) {
        return switch (raw) {
            case 1023 -> NOT_AVAILABLE;
            case 1022 -> "fast";
            default -> raw / 10.0;
        };
    }

    static double tenths(long raw) {
        return raw / 10.0;
    }

    static void putVocabulary(Map<String, Object> fields, String name, int code, String text) {
        fields.put(name, code);
        fields.put(name + "_text", text);
    }

    /** Rounded to the decimals of {@code factor} (a power of ten): a constant, where Math.pow was a call per value. */
    private static double round(double value, double factor) {
        return Math.round(value * factor) / factor;
    }
}
