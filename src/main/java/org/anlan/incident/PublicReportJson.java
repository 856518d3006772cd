package org.anlan.incident;

import java.time.DateTimeException;
import java.time.Instant;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.time.IsoOffsetTimes;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link PublicReport} with Jackson's streaming parser: the intake path's hottest step after the durable
 * write, and data binding (a record creator, a date-time formatter per timestamp) costs several times more.
 * Unknown fields are skipped, as data binding does; a value of the wrong kind is a malformed request.
 */
final class PublicReportJson {

    private final JsonMapper json;

    PublicReportJson(JsonMapper json) {
        this.json = json;
    }

    PublicReport read(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed();
            }
            String type = null, township = null, address = null, description = null, reporterName = null;
            String reporterPhone = null, website = null;
            Double lat = null, lon = null;
            Integer dead = null, missing = null, seriouslyInjured = null, injured = null;
            Long directLossYuan = null;
            Instant occurredAt = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = text(parser, value);
                    case "lat" -> lat = decimal(parser, value);
                    case "lon" -> lon = decimal(parser, value);
                    case "township" -> township = text(parser, value);
                    case "address" -> address = text(parser, value);
                    case "occurredAt" -> occurredAt = timestamp(text(parser, value));
                    case "description" -> description = text(parser, value);
                    case "dead" -> dead = whole(parser, value);
                    case "missing" -> missing = whole(parser, value);
                    case "seriouslyInjured" -> seriouslyInjured = whole(parser, value);
                    case "injured" -> injured = whole(parser, value);
                    case "directLossYuan" -> directLossYuan = value == JsonToken.VALUE_NULL ? null : wholeLong(parser, value);
                    case "reporterName" -> reporterName = text(parser, value);
                    case "reporterPhone" -> reporterPhone = text(parser, value);
                    case "website" -> website = text(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw malformed();
            }
            return new PublicReport(type, lat, lon, township, address, occurredAt, description, dead, missing,
                    seriouslyInjured, injured, directLossYuan, reporterName, reporterPhone, website);
        }
    }

    private static String text(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw malformed();
        }
        return parser.getString();
    }

    private static Double decimal(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw malformed();
        }
        return parser.getDoubleValue();
    }

    private static Integer whole(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        long number = wholeLong(parser, value);
        if (number != (int) number) {
            throw malformed();
        }
        return (int) number;
    }

    private static long wholeLong(JsonParser parser, JsonToken value) {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw malformed();
        }
        return parser.getLongValue();
    }

    private static Instant timestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return IsoOffsetTimes.parse(text);
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private static ApiException malformed() {
        return ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
    }
}
