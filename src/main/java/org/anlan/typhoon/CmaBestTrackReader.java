package org.anlan.typhoon;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CMA-STI best track in its original text form (tcdata.typhoon.org.cn, {@code CH2019BST.txt}). Each storm is a
 * header {@code 66666 BBBB CCC DDDD EEEE F G NAME DATE} (international number, record count, serial number, China's
 * number, end flag, interval hours, name, date of the dataset) followed by CCC records
 * {@code YYYYMMDDHH I LAT LONG PRES WND [OWD]} (grade, 0.1° N, 0.1° E, hPa, 2-min mean m/s). Fields are read as
 * blank-separated tokens, which the fixed columns always are.
 */
final class CmaBestTrackReader {

    static final String HEADER = "66666";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHH", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private CmaBestTrackReader() {
    }

    static List<Track> read(List<TrackFiles.Line> lines) {
        List<Track> tracks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TrackFiles.Line headerLine = lines.get(i);
            String[] header = tokens(headerLine);
            if (!header[0].equals(HEADER)) {
                throw new TrackFileException("TRACK_HEADER_EXPECTED", headerLine.number(),
                        "expected a 66666 header line, found '" + abbreviate(headerLine.text()) + "'");
            }
            if (header.length < 7) {
                throw new TrackFileException("TRACK_HEADER_INVALID", headerLine.number(),
                        "header needs at least 7 fields (66666 BBBB CCC DDDD EEEE F G), found " + header.length);
            }
            int count = Fields.integer(headerLine, "record count (CCC)", header[2]);
            if (count < 1 || count > TrackBuilder.MAX_FIXES) {
                throw Fields.outOfRange(headerLine, "record count (CCC)", count, "[1, " + TrackBuilder.MAX_FIXES + "]");
            }
            var track = new TrackBuilder("CMA", number(headerLine, header), name(header));
            i++;
            while (track.size() < count) {
                if (i >= lines.size() || lines.get(i).text().strip().startsWith(HEADER)) {
                    throw new TrackFileException("TRACK_RECORDS_MISSING", i >= lines.size() ? headerLine.number()
                            : lines.get(i).number(), "header on line " + headerLine.number() + " announces " + count
                            + " records, found " + track.size());
                }
                TrackFiles.Line line = lines.get(i++);
                track.add(line, record(line));
            }
            tracks.add(track.build());
        }
        return tracks;
    }

    private static TrackFix record(TrackFiles.Line line) {
        String[] f = tokens(line);
        if (f.length < 6 || f.length > 7) {
            throw new TrackFileException("TRACK_RECORD_INVALID", line.number(),
                    "expected YYYYMMDDHH I LAT LONG PRES WND [OWD], found " + f.length + " fields");
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(f[0], TIME);
        } catch (DateTimeParseException e) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), "time is not YYYYMMDDHH: '" + f[0] + "'");
        }
        if (!f[1].matches("[0-69]")) {
            throw Fields.outOfRange(line, "intensity category", f[1], "0–6 or 9");
        }
        double lat = Fields.integer(line, "LAT", f[2]) / 10.0;
        double lon = Fields.integer(line, "LONG", f[3]) / 10.0;
        int pressure = Fields.integer(line, "PRES", f[4]);
        int wind = Fields.integer(line, "WND", f[5]);
        return new TrackFix(time.toInstant(ZoneOffset.UTC), Fields.position(line, lat, lon),
                Fields.pressure(line, pressure), Fields.wind(line, wind), f[1], List.of());
    }

    /** International number, or China's number (then the serial number) for storms without one ("0000"). */
    private static String number(TrackFiles.Line line, String[] header) {
        for (int index : new int[] {1, 4, 3}) {
            String candidate = header[index];
            if (!candidate.matches("\\d{1,8}")) {
                throw new TrackFileException("TRACK_FIELD_INVALID", line.number(),
                        "header field " + (index + 1) + " is not a number: '" + candidate + "'");
            }
            if (!candidate.matches("0+")) {
                return candidate;
            }
        }
        return header[3];
    }

    /**
     * The words after the seventh header field, without the trailing dataset date. (JMA's description puts the name
     * in columns 31–50, but its published file has it from column 45; words are right for both formats.)
     */
    static String name(String[] header) {
        List<String> rest = new ArrayList<>(Arrays.asList(header).subList(7, header.length));
        if (!rest.isEmpty() && rest.get(rest.size() - 1).matches("\\d{8}")) {
            rest.remove(rest.size() - 1);
        }
        return String.join(" ", rest);
    }

    static String[] tokens(TrackFiles.Line line) {
        return line.text().strip().split("\\s+");
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
