package org.anlan.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hardened reader for GeoJSON FeatureCollections of Polygon / MultiPolygon (and Point) features.
 *
 * <p>Every problem surfaces as a {@link GeoJsonException}: size limits are enforced while bytes are read,
 * Jackson's stream constraints bound nesting, number and string lengths, and geometries are checked strictly
 * (closed rings of at least 4 positions, finite in-range coordinates, valid topology). Rings are never
 * auto-closed.
 *
 * <p>Repair: a polygon whose extra rings are not holes of its first ring (typically several outer rings, as in
 * files that put every island of a township into one Polygon) is rebuilt by ring containment, see
 * {@link RingClassifier}, and flagged {@code repaired}. If the rebuilt geometry is still invalid it is rejected.
 */
public final class GeoJsonReader {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_FEATURES = 10_000;
    public static final int DEFAULT_MAX_COORDINATES = 5_000_000;

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;

    private final long maxBytes;
    private final int maxFeatures;
    private final int maxCoordinates;
    private final JsonMapper mapper;
    private final GeometryFactory factory = Geometries.FACTORY;

    public GeoJsonReader(long maxBytes, int maxFeatures, int maxCoordinates) {
        if (maxBytes <= 0 || maxFeatures <= 0 || maxCoordinates <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxFeatures = maxFeatures;
        this.maxCoordinates = maxCoordinates;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(maxBytes)
                .build();
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                // lets NaN/Infinity reach geometry validation, which rejects them naming the feature
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(jsonFactory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public static GeoJsonReader withDefaultLimits() {
        return new GeoJsonReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_FEATURES, DEFAULT_MAX_COORDINATES);
    }

    /** Reads a whole FeatureCollection. Does not close {@code in}. */
    public List<GeoJsonFeature> readFeatureCollection(InputStream in) {
        Objects.requireNonNull(in, "in");
        JsonNode root = parse(in);
        if (!root.isObject() || !"FeatureCollection".equals(textOrNull(root.get("type")))) {
            throw new GeoJsonException(GeoJsonException.NOT_FEATURE_COLLECTION,
                    "document is not a GeoJSON FeatureCollection (type is " + describeType(root) + ")");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new GeoJsonException(GeoJsonException.NOT_FEATURE_COLLECTION,
                    "FeatureCollection has no 'features' array");
        }
        if (features.size() > maxFeatures) {
            throw new GeoJsonException(GeoJsonException.TOO_LARGE,
                    "FeatureCollection has " + features.size() + " features, more than the limit of " + maxFeatures);
        }
        CoordinateBudget budget = new CoordinateBudget(maxCoordinates);
        List<GeoJsonFeature> result = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            result.add(readFeature(i, features.get(i), budget));
        }
        return List.copyOf(result);
    }

    private JsonNode parse(InputStream in) {
        BoundedInputStream bounded = new BoundedInputStream(in, maxBytes);
        JsonNode root;
        try {
            root = mapper.readTree(bounded);
        } catch (JacksonException e) {
            if (bounded.limitExceeded()) {
                throw new GeoJsonException(GeoJsonException.TOO_LARGE,
                        "document is larger than the limit of " + maxBytes + " bytes", e);
            }
            if (e instanceof StreamConstraintsException) {
                String message = String.valueOf(e.getOriginalMessage());
                if (message.contains("nesting depth")) {
                    throw new GeoJsonException(GeoJsonException.TOO_DEEP,
                            "document nesting is deeper than the limit of " + MAX_NESTING_DEPTH, e);
                }
                throw new GeoJsonException(GeoJsonException.TOO_LARGE, "document exceeds a size limit: " + message, e);
            }
            throw new GeoJsonException(GeoJsonException.MALFORMED, "document is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new GeoJsonException(GeoJsonException.MALFORMED, "document is empty");
        }
        return root;
    }

    private GeoJsonFeature readFeature(int index, JsonNode node, CoordinateBudget budget) {
        if (node == null || !node.isObject()) {
            throw new GeoJsonException(GeoJsonException.MALFORMED, index, null, "feature is not a JSON object");
        }
        JsonNode propertiesNode = node.get("properties");
        String name = propertiesNode != null && propertiesNode.isObject() ? textOrNull(propertiesNode.get("name")) : null;
        FeatureContext ctx = new FeatureContext(index, name);
        if (!"Feature".equals(textOrNull(node.get("type")))) {
            throw ctx.error(GeoJsonException.MALFORMED, "type must be \"Feature\" but is " + describeType(node));
        }
        Map<String, Object> properties;
        if (propertiesNode == null || propertiesNode.isNull()) {
            properties = Map.of();
        } else if (propertiesNode.isObject()) {
            properties = toMap(propertiesNode);
        } else {
            throw ctx.error(GeoJsonException.MALFORMED, "properties must be an object or null");
        }
        JsonNode geometryNode = node.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, "feature has no geometry");
        }
        if (!geometryNode.isObject()) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, "geometry is not a JSON object");
        }
        String type = textOrNull(geometryNode.get("type"));
        if (type == null) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, "geometry has no type");
        }
        JsonNode coordinates = geometryNode.get("coordinates");
        return switch (type) {
            case "Point" -> new GeoJsonFeature(index, properties,
                    factory.createPoint(position(coordinates, ctx, budget, "point")), false, null);
            case "Polygon" -> polygonal(properties, List.of(rings(coordinates, ctx, budget, "polygon")), false, ctx);
            case "MultiPolygon" -> polygonal(properties, multiPolygonRings(coordinates, ctx, budget), true, ctx);
            default -> throw ctx.error(GeoJsonException.UNSUPPORTED_GEOMETRY,
                    "geometry type " + type + " is not supported (expected Polygon, MultiPolygon or Point)");
        };
    }

    private GeoJsonFeature polygonal(Map<String, Object> properties, List<List<LinearRing>> polygonRings,
            boolean multi, FeatureContext ctx) {
        Geometry geometry;
        String note = null;
        try {
            List<Polygon> polygons = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int p = 0; p < polygonRings.size(); p++) {
                RingClassifier.Result classified = RingClassifier.classify(polygonRings.get(p), factory);
                polygons.addAll(classified.polygons());
                if (classified.restructured()) {
                    notes.add(repairNote(multi, p, classified.polygons().size()));
                }
            }
            geometry = multi || polygons.size() > 1
                    ? factory.createMultiPolygon(polygons.toArray(Polygon[]::new))
                    : polygons.get(0);
            if (!notes.isEmpty()) {
                note = String.join("; ", notes);
            }
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                throw ctx.error(GeoJsonException.BAD_GEOMETRY, (note == null ? "" : "after repair (" + note + "), ")
                        + "geometry is invalid: " + error.getMessage() + " at " + error.getCoordinate());
            }
        } catch (GeoJsonException e) {
            throw e;
        } catch (RuntimeException e) {
            // JTS signals robustness failures with assorted runtime exceptions
            throw new GeoJsonException(GeoJsonException.BAD_GEOMETRY, ctx.index(), ctx.name(),
                    "geometry could not be processed: " + e.getMessage(), e);
        }
        return new GeoJsonFeature(ctx.index(), properties, geometry, note != null, note);
    }

    private static String repairNote(boolean multi, int polygonIndex, int shells) {
        String subject = multi ? "MultiPolygon part " + polygonIndex : "Polygon";
        if (shells > 1) {
            return subject + " with " + shells + " outer rings repaired to " + (multi ? "separate polygons" : "MultiPolygon");
        }
        return subject + " rings reordered (the outer ring was not first)";
    }

    private List<List<LinearRing>> multiPolygonRings(JsonNode coordinates, FeatureContext ctx, CoordinateBudget budget) {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, "MultiPolygon coordinates must be a non-empty array of polygons");
        }
        List<List<LinearRing>> result = new ArrayList<>(coordinates.size());
        for (int p = 0; p < coordinates.size(); p++) {
            result.add(rings(coordinates.get(p), ctx, budget, "polygon " + p));
        }
        return result;
    }

    private List<LinearRing> rings(JsonNode polygon, FeatureContext ctx, CoordinateBudget budget, String where) {
        if (polygon == null || !polygon.isArray() || polygon.isEmpty()) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, where + " coordinates must be a non-empty array of rings");
        }
        List<LinearRing> rings = new ArrayList<>(polygon.size());
        for (int r = 0; r < polygon.size(); r++) {
            rings.add(ring(polygon.get(r), ctx, budget, where + " ring " + r));
        }
        return rings;
    }

    private LinearRing ring(JsonNode ring, FeatureContext ctx, CoordinateBudget budget, String where) {
        if (ring == null || !ring.isArray()) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, where + " is not an array of positions");
        }
        if (ring.size() < 4) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY,
                    where + " has " + ring.size() + " positions; a linear ring needs at least 4");
        }
        Coordinate[] coords = new Coordinate[ring.size()];
        for (int k = 0; k < coords.length; k++) {
            coords[k] = position(ring.get(k), ctx, budget, where + " position " + k);
        }
        if (!coords[0].equals2D(coords[coords.length - 1])) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY,
                    where + " is not closed: first position " + format(coords[0]) + " differs from last "
                            + format(coords[coords.length - 1]));
        }
        return factory.createLinearRing(coords);
    }

    private Coordinate position(JsonNode node, FeatureContext ctx, CoordinateBudget budget, String where) {
        if (node == null || !node.isArray() || node.size() < 2 || node.size() > 3) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY, where + " must be an array of 2 or 3 numbers");
        }
        for (JsonNode value : node) {
            if (!value.isNumber()) {
                throw ctx.error(GeoJsonException.BAD_GEOMETRY, where + " has a non-numeric coordinate: " + abbreviate(value.toString()));
            }
        }
        if (!budget.take()) {
            throw new GeoJsonException(GeoJsonException.TOO_LARGE, ctx.index(), ctx.name(),
                    "document has more than the limit of " + maxCoordinates + " positions");
        }
        double lon = node.get(0).doubleValue();
        double lat = node.get(1).doubleValue();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180.0 || Math.abs(lat) > 90.0) {
            throw ctx.error(GeoJsonException.BAD_GEOMETRY,
                    where + " is out of range or not finite: [" + lon + ", " + lat + "] (expected lon in [-180,180], lat in [-90,90])");
        }
        return new Coordinate(lon, lat);
    }

    private static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            map.put(entry.getKey(), toValue(entry.getValue()));
        }
        return map;
    }

    private static Object toValue(JsonNode node) {
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(toValue(element));
            }
            return list;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static String describeType(JsonNode node) {
        if (!node.isObject()) {
            return "a JSON " + node.getNodeType().name().toLowerCase() + " rather than an object";
        }
        JsonNode type = node.get("type");
        return type == null ? "missing" : abbreviate(type.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String format(Coordinate c) {
        return "[" + c.getX() + ", " + c.getY() + "]";
    }

    private record FeatureContext(int index, String name) {
        GeoJsonException error(String code, String detail) {
            return new GeoJsonException(code, index, name, detail);
        }
    }

    private static final class CoordinateBudget {
        private long remaining;

        CoordinateBudget(long limit) {
            this.remaining = limit;
        }

        boolean take() {
            return remaining-- > 0;
        }
    }
}
