package org.anlan.geo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small builders for GeoJSON test documents. */
final class GeoJsonTestDocs {

    private GeoJsonTestDocs() {
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},\"geometry\":" + geometry + "}";
    }

    static String polygon(String... rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + String.join(",", rings) + "]}";
    }

    static String multiPolygon(String... polygons) {
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", polygons) + "]}";
    }

    /** A ring from "x y, x y, ..." (WKT-like, so tests read like the WKT they assert). */
    static String ring(String wktCoordinates) {
        return Arrays.stream(wktCoordinates.split(","))
                .map(String::trim)
                .map(xy -> "[" + xy.replaceAll("\\s+", ",") + "]")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static final String VALID_DOCUMENT = collection(
            feature("Square", polygon(ring("121 29, 121.1 29, 121.1 29.1, 121 29.1, 121 29"))),
            feature("Holey", polygon(ring("0 0, 10 0, 10 10, 0 10, 0 0"), ring("2 2, 2 4, 4 4, 4 2, 2 2"))),
            feature("Islands", polygon(ring("0 0, 0 1, 1 1, 1 0, 0 0"), ring("2 0, 2 1, 3 1, 3 0, 2 0"))),
            feature("Seat", "{\"type\":\"Point\",\"coordinates\":[121.87,29.47,12.5]}"));
}
