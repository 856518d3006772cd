package org.anlan.typhoon;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JMA RSMC Tokyo best track ({@code bst_all.txt}, format of JMA's "RSMC Best Track Data" page). Header
 * {@code 66666 BBBB  CCC DDDD EEEE F G NAME… DATE}; data lines in fixed columns:
 * {@code YYMMDDHH 002 G LAT LON PRES     WND     DLLLL SSSS DLLLL SSSS} — grade (2 TD, 3 TS, 4 STS, 5 TY,
 * 6 extratropical, 7 just entering the area, 9 TS or stronger), 0.1° N / 0.1° E, hPa, 10-min wind in knots, then
 * the 50-kt and the 30-kt radius: direction digit of the longest extent (1 NE … 8 N, 9 symmetric, 0 none), longest
 * and shortest extent in nautical miles. Years 51–99 are 19xx, 00–50 are 20xx.
 */
final class JmaBestTrackReader {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHH", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int[] SEPARATORS = {8, 12, 14, 18, 23};

    private JmaBestTrackReader() {
    }

    static List<Track> read(List<TrackFiles.Line> lines) {
        List<Track> tracks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TrackFiles.Line headerLine = lines.get(i);
            String[] header = CmaBestTrackReader.tokens(headerLine);
            if (!header[0].equals(CmaBestTrackReader.HEADER) || header.length < 7) {
                throw new TrackFileException("TRACK_HEADER_EXPECTED", headerLine.number(),
                        "expected a header '66666 BBBB CCC DDDD EEEE F G NAME', found '"
                                + CmaBestTrackReader.abbreviate(headerLine.text()) + "'");
            }
            int count = Fields.integer(headerLine, "number of data lines (CCC)", header[2]);
            if (count < 1 || count > TrackBuilder.MAX_FIXES) {
                throw Fields.outOfRange(headerLine, "number of data lines (CCC)", count, "[1, " + TrackBuilder.MAX_FIXES + "]");
            }
            String international = header[1];
            String tcNumber = header[3];
            if (!international.matches("\\d{4}") || !tcNumber.matches("\\d{4}")) {
                throw new TrackFileException("TRACK_HEADER_INVALID", headerLine.number(),
                        "international number and TC number must be 4 digits, found '" + international + "', '" + tcNumber + "'");
            }
            var track = new TrackBuilder("JMA", international.equals("0000") ? tcNumber : international, CmaBestTrackReader.name(header));
            i++;
            while (track.size() < count) {
                if (i >= lines.size() || lines.get(i).text().startsWith(CmaBestTrackReader.HEADER)) {
                    throw new TrackFileException("TRACK_RECORDS_MISSING", i >= lines.size() ? headerLine.number()
                            : lines.get(i).number(), "header on line " + headerLine.number() + " announces " + count
                            + " data lines, found " + track.size());
                }
                TrackFiles.Line line = lines.get(i++);
                track.add(line, record(line));
            }
            tracks.add(track.build());
        }
        return tracks;
    }

    private static TrackFix record(TrackFiles.Line line) {
        String s = String.format("%-80s", line.text());
        for (int column : SEPARATORS) {
            if (s.charAt(column) != ' ') {
                throw new TrackFileException("TRACK_RECORD_INVALID", line.number(),
                        "not in JMA's fixed columns (expected a blank at column " + (column + 1) + ")");
            }
        }
        if (!s.startsWith("002", 9)) {
            throw new TrackFileException("TRACK_RECORD_INVALID", line.number(), "indicator must be 002, found '" + s.substring(9, 12) + "'");
        }
        String timeText = s.substring(0, 8);
        if (!timeText.matches("\\d{8}")) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), "time is not YYMMDDHH: '" + timeText + "'");
        }
        int yy = Integer.parseInt(timeText.substring(0, 2));
        LocalDateTime time;
        try {
            time = LocalDateTime.parse((yy >= 51 ? "19" : "20") + timeText, TIME);
        } catch (DateTimeParseException e) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), "time is not YYMMDDHH: '" + timeText + "'");
        }
        String grade = s.substring(13, 14);
        if (!grade.matches("[2-79]")) {
            throw Fields.outOfRange(line, "grade", grade, "2–7 or 9");
        }
        double lat = Fields.integer(line, "latitude", s.substring(15, 18)) / 10.0;
        double lon = Fields.integer(line, "longitude", s.substring(19, 23)) / 10.0;
        Integer pressure = Fields.pressure(line, Fields.integer(line, "pressure", s.substring(24, 28)));
        String windText = s.substring(33, 36);
        Double wind = windText.isBlank() ? null
                : Fields.wind(line, Fields.integer(line, "maximum wind", windText) * WindRadius.MS_PER_KNOT);
        List<WindRadius> radii = new ArrayList<>(2);
        WindRadius r50 = radius(line, s, 41, 50);
        WindRadius r30 = radius(line, s, 52, 30);
        if (r50 != null) {
            radii.add(r50);
        }
        if (r30 != null) {
            radii.add(r30);
        }
        if (r50 != null && r30 != null && r50.longestNm() > r30.longestNm()) {
            throw new TrackFileException("TRACK_RADII_INCONSISTENT", line.number(), "50-kt radius " + r50.longestNm()
                    + " nm is longer than the 30-kt radius " + r30.longestNm() + " nm");
        }
        return new TrackFix(time.toInstant(ZoneOffset.UTC), Fields.position(line, lat, lon), pressure, wind, grade, radii);
    }

    private static WindRadius radius(TrackFiles.Line line, String s, int at, int knots) {
        String field = s.substring(at, at + 10);
        if (field.isBlank()) {
            return null;
        }
        String label = knots + "-kt radius";
        if (!field.matches("\\d{5} \\d{4}")) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(),
                    label + " at column " + (at + 1) + " is not DLLLL SSSS: '" + field + "'");
        }
        int direction = field.charAt(0) - '0';
        int longest = Integer.parseInt(field.substring(1, 5));
        int shortest = Integer.parseInt(field.substring(6, 10));
        if (shortest > longest) {
            throw new TrackFileException("TRACK_RADII_INCONSISTENT", line.number(),
                    label + ": shortest " + shortest + " nm exceeds longest " + longest + " nm");
        }
        if (direction == 0 && longest > 0) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), label + ": direction 0 with a radius of " + longest + " nm");
        }
        if (direction == 9 || direction == 0) {
            return new WindRadius(knots, null, longest, shortest);
        }
        return new WindRadius(knots, CompassDirection.ofJmaCode(direction).orElseThrow(), longest, shortest);
    }
}
