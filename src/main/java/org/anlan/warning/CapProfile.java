package org.anlan.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The GB/T 35965.1 identity of the county's sender: {@code senderCode} = ZZZZZZ (GB/T 2260) + DDD (GB/T 4657
 * institution) + UUU + XX (EW-03), identifiers {@code senderCode_YYYYMMDDhhmmss_N} in Beijing time (EW-04).
 */
public record CapProfile(String senderName, String senderCode) {

    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    public static final String PARAM_SEVERITY = "GB/T 35965.1 severity";
    public static final String PARAM_SENDER_CODE = "GB/T 35965.1 senderCode";
    public static final String EVENT_TYPE = "GB/T 35965.1 eventType";
    public static final String GEOCODE = "GB/T 2260";
    public static final String PROFILE_CODE = "GB/T 35965.1-2018";

    private static final Pattern SENDER_CODE = Pattern.compile("\\d{6}[0-9A-Z]{3}\\d{3}\\d{2}");
    private static final Pattern IDENTIFIER = Pattern.compile("(\\d{6}[0-9A-Z]{3}\\d{5})_(\\d{14})(_\\d)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** 象山县 330225, institution code not assigned by GB/T 4657 here: 000, configurable. */
    public static final CapProfile XIANGSHAN = new CapProfile("象山县应急管理局", "33022500000000");

    public CapProfile {
        Objects.requireNonNull(senderName, "senderName");
        if (senderCode == null || !SENDER_CODE.matcher(senderCode).matches()) {
            throw new IllegalArgumentException("senderCode must be 14 characters ZZZZZZDDDUUUXX, got " + senderCode);
        }
    }

    public String identifier(Instant sent, int sequence) {
        if (sequence < 0 || sequence > 9) {
            throw new IllegalArgumentException("sequence must be 0-9");
        }
        return senderCode + "_" + STAMP.format(beijing(sent)) + "_" + sequence;
    }

    /** Both forms are accepted: with the {@code _N} sequence (31 characters) and without it (29). */
    public static boolean isGbIdentifier(String identifier) {
        return identifier != null && IDENTIFIER.matcher(identifier).matches();
    }

    public static OffsetDateTime beijing(Instant instant) {
        return instant == null ? null : instant.atOffset(BEIJING);
    }

    /** The 12-digit GB/T 2260 division code of a 9-digit township code (村 level digits zero). */
    public static String geocode(String townshipCode) {
        return townshipCode + "000";
    }
}
