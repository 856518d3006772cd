package org.anlan.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import org.anlan.platform.time.IsoOffsetTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Unit and range checks: turns a raw reading into a {@link Reading} or a {@link Rejection} with the reason.
 * Times are ISO-8601 with an offset, or local {@code yyyy-MM-dd HH:mm[:ss]} read as Beijing time; a value has at
 * most two decimals; the unit, when given, must be the station kind's; readings more than 10 minutes ahead of the
 * clock are refused (a wrong logger clock would otherwise hold a window open).
 */
final class ReadingCheck {

    sealed interface Outcome permits Accepted, Refused {
    }

    record Accepted(Reading reading, Station station) implements Outcome {
    }

    record Refused(Rejection rejection) implements Outcome {
    }

    /** A checked batch: the accepted readings, the townships of their stations, the refusals. */
    record Checked(List<Reading> readings, Set<String> townships, List<Rejection> rejected) {
    }

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final int MAX_VALUE_CHARS = 32;

    private final Function<String, Station> stations;
    private final Clock clock;

    ReadingCheck(Function<String, Station> stations, Clock clock) {
        this.stations = stations;
        this.clock = clock;
    }

    ReadingCheck(Map<String, Station> stations, Clock clock) {
        this(stations::get, clock);
    }

    Checked checkAll(List<RawReading> raws, StationKind expectedKind) {
        List<Reading> readings = new ArrayList<>(raws.size());
        Set<String> townships = new LinkedHashSet<>();
        List<Rejection> rejected = new ArrayList<>();
        for (RawReading raw : raws) {
            Outcome outcome = check(raw, expectedKind);
            if (outcome instanceof Accepted accepted) {
                readings.add(accepted.reading());
                townships.add(accepted.station().townshipCode());
            } else {
                rejected.add(((Refused) outcome).rejection());
            }
        }
        return new Checked(readings, townships, rejected);
    }

    /** Checks a raw reading; {@code expectedKind} (from an MQTT topic) may be null. */
    Outcome check(RawReading raw, StationKind expectedKind) {
        String id = raw.stationId() == null ? null : raw.stationId().trim();
        if (id == null || id.isEmpty()) {
            return refuse(raw, "STATION_MISSING", "no station id");
        }
        Station station = stations.apply(id);
        if (station == null) {
            return refuse(raw, "STATION_UNKNOWN", "unknown station " + abbreviate(id));
        }
        if (expectedKind != null && station.kind() != expectedKind) {
            return refuse(raw, "KIND_MISMATCH", "station " + id + " is a " + station.kind() + ", not a " + expectedKind);
        }
        Instant at;
        try {
            at = parseTime(raw.observedAt());
        } catch (DateTimeException | NullPointerException e) {
            return refuse(raw, "TIME_INVALID", "time '" + abbreviate(raw.observedAt())
                    + "' is not ISO-8601 with offset or yyyy-MM-dd HH:mm:ss (Beijing time)");
        }
        if (at.isBefore(EARLIEST)) {
            return refuse(raw, "TIME_TOO_OLD", "time " + at + " is before " + EARLIEST);
        }
        if (at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            return refuse(raw, "TIME_FUTURE", "time " + at + " is more than 10 minutes ahead of the platform clock");
        }
        String unit = raw.unit() == null ? "" : raw.unit().trim();
        if (!unit.isEmpty() && !unit.equals(station.kind().unit())) {
            return refuse(raw, "UNIT_MISMATCH", "unit '" + abbreviate(unit) + "' but station " + id + " reports in "
                    + station.kind().unit());
        }
        BigDecimal value;
        try {
            String text = raw.value() == null ? "" : raw.value().trim();
            if (text.isEmpty() || text.length() > MAX_VALUE_CHARS) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return refuse(raw, "VALUE_INVALID", "value '" + abbreviate(raw.value()) + "' is not a number");
        }
        if (value.stripTrailingZeros().scale() > Reading.SCALE) {
            return refuse(raw, "VALUE_PRECISION", "value " + value.toPlainString() + " has more than two decimals");
        }
        if (value.compareTo(station.kind().min()) < 0 || value.compareTo(station.kind().max()) > 0) {
            return refuse(raw, "VALUE_OUT_OF_RANGE", "value " + value.toPlainString() + " " + station.kind().unit()
                    + " outside " + station.kind().min() + "…" + station.kind().max() + " for a " + station.kind());
        }
        return new Accepted(new Reading(id, at, Reading.toCenti(value.setScale(Reading.SCALE))), station);
    }

    static Instant parseTime(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > 40) {
            throw new DateTimeException("too long");
        }
        Instant at;
        if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
            at = LocalDateTime.parse(trimmed, LOCAL).atZone(BEIJING).toInstant();
        } else {
            at = IsoOffsetTimes.parse(trimmed);
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Refused refuse(RawReading raw, String code, String reason) {
        return new Refused(new Rejection(raw.line(), raw.stationId() == null ? null : abbreviate(raw.stationId()), code, reason));
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
