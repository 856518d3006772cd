package org.anlan.geo;

/**
 * Anything wrong with a GeoJSON document. {@link #code()} is stable and meant for callers/UI mapping;
 * the message is English and names the feature (index and name) when the problem is about one.
 */
public final class GeoJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MALFORMED = "GEOJSON_MALFORMED";
    public static final String TOO_LARGE = "GEOJSON_TOO_LARGE";
    public static final String TOO_DEEP = "GEOJSON_TOO_DEEP";
    public static final String NOT_FEATURE_COLLECTION = "GEOJSON_NOT_FEATURE_COLLECTION";
    public static final String BAD_GEOMETRY = "GEOJSON_BAD_GEOMETRY";
    public static final String UNSUPPORTED_GEOMETRY = "GEOJSON_UNSUPPORTED_GEOMETRY";

    private final String code;
    private final int featureIndex;
    private final String featureName;

    public GeoJsonException(String code, String detail) {
        this(code, -1, null, detail, null);
    }

    public GeoJsonException(String code, String detail, Throwable cause) {
        this(code, -1, null, detail, cause);
    }

    public GeoJsonException(String code, int featureIndex, String featureName, String detail) {
        this(code, featureIndex, featureName, detail, null);
    }

    public GeoJsonException(String code, int featureIndex, String featureName, String detail, Throwable cause) {
        super(message(featureIndex, featureName, detail), cause);
        this.code = code;
        this.featureIndex = featureIndex < 0 ? -1 : featureIndex;
        this.featureName = featureName;
    }

    public String code() {
        return code;
    }

    /** Zero-based index in the features array, or -1 when the problem is not about one feature. */
    public int featureIndex() {
        return featureIndex;
    }

    /** properties.name of the feature, or null. */
    public String featureName() {
        return featureName;
    }

    private static String message(int featureIndex, String featureName, String detail) {
        if (featureIndex < 0) {
            return detail;
        }
        String name = featureName == null ? "unnamed" : "'" + featureName + "'";
        return "Feature #" + featureIndex + " (" + name + "): " + detail;
    }
}
