package org.anlan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anlan.platform.error.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads batches of observations from outside: JSON (an array of objects, or {@code {"readings":[…]}}) or CSV
 * (header {@code station_id,observed_at,value[,unit]}; without a header those columns in that order). An MQTT payload
 * has no station column: its station is the topic's, its CSV columns {@code observed_at,value[,unit]}.
 * Bounded: characters, lines, line length and JSON nesting are capped; structure errors refuse the whole batch,
 * while a bad row becomes a raw reading that the checks reject with its reason.
 */
final class ObservationFormat {

    static final int MAX_LINE_CHARS = 512;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxNumberLength(40)
                            .maxStringLength(4096).maxDocumentLength(4L << 20).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ObservationFormat() {
    }

    /** Parses a batch; {@code topicStation} is the station of an MQTT topic (null for HTTP and files). */
    static List<RawReading> parse(String text, String topicStation, int maxReadings) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = body.stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return json(body, topicStation, maxReadings);
        }
        return csv(body, topicStation, maxReadings);
    }

    private static List<RawReading> json(String body, String topicStation, int maxReadings) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed("JSON: " + firstLine(e.getOriginalMessage()));
        }
        JsonNode rows = root.isObject() && root.has("readings") ? root.get("readings") : root;
        List<JsonNode> elements = new ArrayList<>();
        if (rows.isArray()) {
            rows.forEach(elements::add);
        } else if (rows.isObject()) {
            elements.add(rows);
        } else {
            throw malformed("JSON: expected an array of readings");
        }
        if (elements.size() > maxReadings) {
            throw tooMany(maxReadings);
        }
        List<RawReading> readings = new ArrayList<>(elements.size());
        int line = 0;
        for (JsonNode row : elements) {
            line++;
            if (!row.isObject()) {
                readings.add(new RawReading(line, topicStation, null, null, null));
                continue;
            }
            String station = topicStation != null ? topicStation : text(row, "stationId", "station_id", "station");
            readings.add(new RawReading(line, station, text(row, "observedAt", "observed_at", "time", "t"),
                    text(row, "value", "v"), text(row, "unit", "u")));
        }
        return readings;
    }

    private static String text(JsonNode row, String... names) {
        for (String name : names) {
            JsonNode node = row.get(name);
            if (node != null && !node.isNull()) {
                if (node.isNumber()) {
                    return node.decimalValue().toPlainString();
                }
                return node.isValueNode() ? node.asString() : null;
            }
        }
        return null;
    }

    private static List<RawReading> csv(String body, String topicStation, int maxReadings) {
        List<RawReading> readings = new ArrayList<>();
        int stationColumn = topicStation == null ? 0 : -1;
        int timeColumn = topicStation == null ? 1 : 0;
        int valueColumn = timeColumn + 1;
        int unitColumn = valueColumn + 1;
        int lineNumber = 0;
        boolean first = true;
        for (int lineStart = 0, next; lineStart >= 0; lineStart = next) {
            // lines end at \n, one \r before it dropped (as splitting at \r?\n), without a regular expression
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            next = newline < 0 ? -1 : newline + 1;
            if (newline > lineStart && body.charAt(newline - 1) == '\r') {
                lineEnd--;
            }
            lineNumber++;
            if (lineEnd - lineStart > MAX_LINE_CHARS) {
                throw malformed("CSV line " + lineNumber + " is longer than " + MAX_LINE_CHARS + " characters");
            }
            String trimmed = body.substring(lineStart, lineEnd).trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (first) {
                first = false;
                List<String> header = new ArrayList<>();
                for (String cell : cells) {
                    header.add(cell.trim().toLowerCase(Locale.ROOT));
                }
                if (header.contains("observed_at") || header.contains("value")) {
                    stationColumn = topicStation == null ? header.indexOf("station_id") : -1;
                    timeColumn = header.indexOf("observed_at");
                    valueColumn = header.indexOf("value");
                    unitColumn = header.indexOf("unit");
                    if ((topicStation == null && stationColumn < 0) || timeColumn < 0 || valueColumn < 0) {
                        throw malformed("CSV header must name station_id, observed_at and value (unit optional)");
                    }
                    continue;
                }
            }
            if (readings.size() >= maxReadings) {
                throw tooMany(maxReadings);
            }
            readings.add(new RawReading(lineNumber, stationColumn < 0 ? topicStation : cell(cells, stationColumn),
                    cell(cells, timeColumn), cell(cells, valueColumn), cell(cells, unitColumn)));
        }
        return readings;
    }

    private static String cell(String[] cells, int column) {
        return column >= 0 && column < cells.length ? cells[column].trim() : null;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static ApiException malformed(String detail) {
        return ApiException.badRequest("OBSERVATIONS_MALFORMED", "error.monitoring.malformed", detail);
    }

    private static ApiException tooMany(int max) {
        return ApiException.badRequest("OBSERVATIONS_TOO_MANY", "error.monitoring.tooMany", max);
    }
}
