package org.anlan.typhoon;

import org.anlan.geo.GeoPoint;

/** Number parsing for the track readers: every failure names the line and the field. */
final class Fields {

    static final int MIN_PRESSURE_HPA = 850;
    static final int MAX_PRESSURE_HPA = 1100;
    static final double MAX_WIND_MS = 120.0;

    private Fields() {
    }

    static int integer(TrackFiles.Line line, String field, String text) {
        String value = text.strip();
        if (!value.matches("[+-]?\\d{1,9}")) {
            throw invalid(line, field, text);
        }
        return Integer.parseInt(value);
    }

    static double decimal(TrackFiles.Line line, String field, String text) {
        String value = text.strip();
        if (!value.matches("[+-]?(\\d{1,9}(\\.\\d{0,9})?|\\.\\d{1,9})")) {
            throw invalid(line, field, text);
        }
        return Double.parseDouble(value);
    }

    static TrackFileException invalid(TrackFiles.Line line, String field, String text) {
        return new TrackFileException("TRACK_FIELD_INVALID", line.number(), field + " is not a number: '" + text.strip() + "'");
    }

    static TrackFileException outOfRange(TrackFiles.Line line, String field, Object value, String range) {
        return new TrackFileException("TRACK_FIELD_RANGE", line.number(), field + " " + value + " is outside " + range);
    }

    /** Latitude and east longitude in degrees; longitudes beyond 180° E (east of the date line) become negative. */
    static GeoPoint position(TrackFiles.Line line, double lat, double lon) {
        if (lat < -90.0 || lat > 90.0) {
            throw outOfRange(line, "latitude", lat, "[-90, 90]");
        }
        if (lon < -180.0 || lon >= 360.0) {
            throw outOfRange(line, "longitude", lon, "[-180, 360)");
        }
        return new GeoPoint(lat, lon > 180.0 ? lon - 360.0 : lon);
    }

    static Integer pressure(TrackFiles.Line line, int hpa) {
        if (hpa < MIN_PRESSURE_HPA || hpa > MAX_PRESSURE_HPA) {
            throw outOfRange(line, "pressure", hpa + " hPa", "[" + MIN_PRESSURE_HPA + ", " + MAX_PRESSURE_HPA + "] hPa");
        }
        return hpa;
    }

    /** A wind of 0 means "not given" in both CMA's and JMA's files. */
    static Double wind(TrackFiles.Line line, double ms) {
        if (ms < 0.0 || ms > MAX_WIND_MS) {
            throw outOfRange(line, "maximum wind", ms + " m/s", "[0, " + MAX_WIND_MS + "] m/s");
        }
        return ms == 0.0 ? null : ms;
    }
}
