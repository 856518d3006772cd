package org.anlan.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads ISO-8601 times with an offset as {@link OffsetDateTime#parse} does, at a fraction of its cost: the common
 * shape {@code yyyy-MM-ddTHH:mm[:ss[.fffffffff]](Z|±HH:mm)} with every field in range is computed directly;
 * anything else (other shapes, lower-case letters, out-of-range fields) is left to {@link OffsetDateTime#parse},
 * which accepts or refuses it. Sensor readings arrive by the hundred thousand per second and public reports by the
 * thousand; the formatter-based parser was the largest cost of reading a batch of readings and a tenth of the
 * Java work of taking a report.
 */
public final class IsoOffsetTimes {

    private static final int SECONDS_PER_DAY = 86_400;

    private IsoOffsetTimes() {
    }

    /** The instant of an ISO-8601 time with offset; throws {@link java.time.DateTimeException} as the JDK does. */
    public static Instant parse(String text) {
        Instant fast = parseCommon(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant, or null when {@code text} is not in the common shape with every field in range. */
    static Instant parseCommon(String text) {
        int length = text.length();
        if (length < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int position = 16;
        int second = 0;
        int nanos = 0;
        if (text.charAt(position) == ':') {
            if (length < position + 3) {
                return null;
            }
            second = digits(text, position + 1, 2);
            if (second < 0 || second > 59) {
                return null;
            }
            position += 3;
            if (position < length && text.charAt(position) == '.') {
                int start = ++position;
                while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
                    nanos = nanos * 10 + (text.charAt(position) - '0');
                    position++;
                }
                int fractionDigits = position - start;
                if (fractionDigits == 0) {
                    return null;
                }
                for (int i = fractionDigits; i < 9; i++) {
                    nanos *= 10;
                }
            }
        }
        int offsetSeconds = offsetSeconds(text, position);
        if (offsetSeconds == Integer.MIN_VALUE || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The offset ({@code Z} or {@code ±HH:mm}, up to 18 hours) ending the text at {@code position}. */
    private static int offsetSeconds(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 1 && text.charAt(position) == 'Z') {
            return 0;
        }
        if (remaining != 6 || text.charAt(position + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(position);
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || minutes > 59 || hours > 18
                || (hours == 18 && minutes > 0)) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
