package org.anlan.typhoon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The best-track formats read: CMA's CSV form, CMA's original fixed-width text and JMA's bst text. */
public enum TrackFormat {
    CMA_CSV("cma-csv"), CMA("cma"), JMA("jma");

    private final String code;

    TrackFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TrackFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted) || f.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * Recognises the format from the first non-blank line and the first data line: CSV has a header naming LAT;
     * both text formats start with a {@code 66666} header, and their data lines differ in the date (CMA
     * {@code YYYYMMDDHH}, JMA {@code YYMMDDHH 002}).
     */
    static Optional<TrackFormat> detect(String firstLine, String secondLine) {
        if (firstLine == null) {
            return Optional.empty();
        }
        String header = firstLine.strip();
        if (header.contains(",") && header.toUpperCase(Locale.ROOT).contains("LAT")) {
            return Optional.of(CMA_CSV);
        }
        if (!header.startsWith("66666")) {
            return Optional.empty();
        }
        if (secondLine == null) {
            return Optional.empty();
        }
        String data = secondLine.strip();
        if (data.matches("\\d{8} 00\\d .*")) {
            return Optional.of(JMA);
        }
        if (data.matches("\\d{10}\\s.*")) {
            return Optional.of(CMA);
        }
        return Optional.empty();
    }
}
