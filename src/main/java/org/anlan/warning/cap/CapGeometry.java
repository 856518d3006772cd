package org.anlan.warning.cap;

import java.util.ArrayList;
import java.util.List;
import org.anlan.geo.GeoPoint;

/** CAP polygons: space-separated {@code lat,lon} pairs (WGS 84), at least four, the first equal to the last. */
public final class CapGeometry {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,12})?");

    private CapGeometry() {
    }

    /** Null when the text is a valid CAP polygon, otherwise the reason. */
    public static String polygonProblem(String text) {
        try {
            List<GeoPoint> points = parsePolygon(text);
            if (points.size() < 4) {
                return "polygon needs at least 4 points (found " + points.size() + ")";
            }
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                return "polygon must end with its first point";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "polygon: " + e.getMessage();
        }
    }

    /** The points of a CAP polygon; throws IllegalArgumentException with the reason when a pair is not lat,lon. */
    public static List<GeoPoint> parsePolygon(String text) {
        List<GeoPoint> points = new ArrayList<>();
        for (String pair : text.strip().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split(",", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + CapSchema.shorten(pair) + "' is not lat,lon");
            }
            if (!NUMBER.matcher(parts[0]).matches() || !NUMBER.matcher(parts[1]).matches()) {
                throw new IllegalArgumentException("'" + CapSchema.shorten(pair) + "' is not lat,lon");
            }
            double lat = Double.parseDouble(parts[0]);
            double lon = Double.parseDouble(parts[1]);
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("'" + CapSchema.shorten(pair) + "' is outside -90..90, -180..180");
            }
            points.add(new GeoPoint(lat, lon));
        }
        return points;
    }

    /** The CAP text of a closed ring of points. */
    public static String polygonText(List<GeoPoint> ring) {
        StringBuilder text = new StringBuilder();
        for (GeoPoint p : ring) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(format(p.lat())).append(',').append(format(p.lon()));
        }
        return text.toString();
    }

    private static String format(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
