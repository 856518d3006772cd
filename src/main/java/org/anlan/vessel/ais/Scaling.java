package org.anlan.vessel.ais;

import java.util.Map;

/** gpsd's "scaled" JSON conventions: floats in natural units, special strings where the adoc names them. */
final class Scaling {

    static final String NOT_AVAILABLE = "nan";

    private Scaling() {
    }

    /** 1/10000 minute to degrees; 181/91 (not available) come out as 181.0/91.0, as gpsd prints them. */
    static double degreesFromTenThousandthMinutes(long raw) {
        return round(raw / 600000.0, 1e7);
    }

    static double degreesFromTenthMinutes(long raw) {
        return round(raw / 600.0, 1e5);
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
