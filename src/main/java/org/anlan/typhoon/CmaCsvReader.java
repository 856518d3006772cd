package org.anlan.typhoon;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CMA best track in the CSV form of {@code ../shared/data/typhoon/} ({@code Time,IntensityCategory,LAT,LON,PRES,WND,
 * IntID,InYearID,CNID,Flag,TimeInterval,Name}): columns found by header name, times in UTC, one track per
 * (IntID, CNID, Name) in order of first appearance.
 */
final class CmaCsvReader {

    private static final List<String> REQUIRED = List.of("TIME", "LAT", "LON", "PRES", "WND", "INTID");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT);

    private CmaCsvReader() {
    }

    static List<Track> read(List<TrackFiles.Line> lines) {
        Map<String, Integer> column = header(lines.get(0));
        Map<String, TrackBuilder> tracks = new LinkedHashMap<>();
        for (TrackFiles.Line line : lines.subList(1, lines.size())) {
            String[] cells = cells(line);
            if (cells.length != column.size()) {
                throw new TrackFileException("TRACK_CSV_COLUMNS", line.number(),
                        "expected " + column.size() + " columns, found " + cells.length);
            }
            String intId = cell(cells, column, "INTID");
            String cnId = cell(cells, column, "CNID");
            String name = cell(cells, column, "NAME");
            String number = isZero(intId) && cnId != null && !isZero(cnId) ? cnId : intId;
            if (number == null || !number.matches("\\d{1,8}")) {
                throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), "IntID is not a storm number: '" + intId + "'");
            }
            TrackBuilder track = tracks.computeIfAbsent(intId + "/" + cnId + "/" + name,
                    key -> new TrackBuilder("CMA", number, name));
            track.add(line, fix(line, cells, column));
        }
        return tracks.values().stream().map(TrackBuilder::build).toList();
    }

    private static TrackFix fix(TrackFiles.Line line, String[] cells, Map<String, Integer> column) {
        String timeText = cell(cells, column, "TIME");
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(timeText == null ? "" : timeText, TIME);
        } catch (DateTimeParseException e) {
            throw new TrackFileException("TRACK_FIELD_INVALID", line.number(), "Time is not yyyy-MM-dd HH:mm:ss: '" + timeText + "'");
        }
        double lat = Fields.decimal(line, "LAT", required(line, cells, column, "LAT"));
        double lon = Fields.decimal(line, "LON", required(line, cells, column, "LON"));
        String pres = cell(cells, column, "PRES");
        String wnd = cell(cells, column, "WND");
        String grade = cell(cells, column, "INTENSITYCATEGORY");
        if (grade != null && !grade.matches("[0-69]")) {
            throw Fields.outOfRange(line, "IntensityCategory", grade, "0–6 or 9");
        }
        return new TrackFix(time.toInstant(ZoneOffset.UTC), Fields.position(line, lat, lon),
                pres == null ? null : Fields.pressure(line, (int) Math.round(Fields.decimal(line, "PRES", pres))),
                wnd == null ? null : Fields.wind(line, Fields.decimal(line, "WND", wnd)), grade, List.of());
    }

    private static Map<String, Integer> header(TrackFiles.Line line) {
        Map<String, Integer> column = new HashMap<>();
        String[] names = cells(line);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toUpperCase(Locale.ROOT);
            if (column.putIfAbsent(name, i) != null) {
                throw new TrackFileException("TRACK_CSV_HEADER", line.number(), "column " + names[i] + " appears twice");
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(column.keySet());
        if (!missing.isEmpty()) {
            throw new TrackFileException("TRACK_CSV_HEADER", line.number(), "header lacks column(s) " + missing);
        }
        return column;
    }

    /** Cells without surrounding blanks or quotes; a quoted cell holding a comma is not part of this format. */
    private static String[] cells(TrackFiles.Line line) {
        String[] cells = line.text().split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).strip();
            }
            if (cell.indexOf('"') >= 0) {
                throw new TrackFileException("TRACK_CSV_QUOTE", line.number(), "unbalanced quote in column " + (i + 1));
            }
            cells[i] = cell;
        }
        return cells;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || cells[index].isEmpty()) {
            return null;
        }
        return cells[index];
    }

    private static String required(TrackFiles.Line line, String[] cells, Map<String, Integer> column, String name) {
        String value = cell(cells, column, name);
        if (value == null) {
            throw new TrackFileException("TRACK_FIELD_MISSING", line.number(), name + " is empty");
        }
        return value;
    }

    private static boolean isZero(String text) {
        return text != null && text.matches("0+");
    }
}
