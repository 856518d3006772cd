package org.anlan.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes FeatureCollections of Polygon / MultiPolygon / Point features, [lon, lat] rounded to 6 decimals (~0.1 m). */
public final class GeoJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final double SCALE = 1e6;

    private GeoJsonWriter() {
    }

    public static String featureCollection(List<WritableFeature> features) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode array = root.putArray("features");
        for (WritableFeature feature : features) {
            ObjectNode node = array.addObject();
            node.put("type", "Feature");
            node.set("properties", MAPPER.valueToTree(feature.properties()));
            node.set("geometry", geometry(feature.geometry()));
        }
        return MAPPER.writeValueAsString(root);
    }

    private static JsonNode geometry(Geometry geometry) {
        ObjectNode node = MAPPER.createObjectNode();
        if (geometry instanceof Point point) {
            node.put("type", "Point");
            node.set("coordinates", position(point.getCoordinate()));
        } else if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", polygon(polygon));
        } else if (geometry instanceof MultiPolygon multi) {
            node.put("type", "MultiPolygon");
            ArrayNode polygons = node.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(polygon((Polygon) multi.getGeometryN(i)));
            }
        } else {
            throw new IllegalArgumentException("cannot write geometry type " + geometry.getGeometryType()
                    + " (supported: Point, Polygon, MultiPolygon)");
        }
        return node;
    }

    private static ArrayNode polygon(Polygon polygon) {
        ArrayNode rings = MAPPER.createArrayNode();
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static ArrayNode ring(LineString ring) {
        ArrayNode positions = MAPPER.createArrayNode();
        for (Coordinate c : ring.getCoordinates()) {
            positions.add(position(c));
        }
        return positions;
    }

    private static ArrayNode position(Coordinate c) {
        if (c == null) {
            throw new IllegalArgumentException("cannot write an empty geometry");
        }
        return MAPPER.createArrayNode().add(round(c.getX())).add(round(c.getY()));
    }

    static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
