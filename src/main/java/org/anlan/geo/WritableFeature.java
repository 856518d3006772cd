package org.anlan.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** A feature to be written by {@link GeoJsonWriter}; null properties are written as an empty object. */
public record WritableFeature(Geometry geometry, Map<String, Object> properties) {

    public WritableFeature {
        Objects.requireNonNull(geometry, "geometry");
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
