package org.anlan.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a FeatureCollection. {@code repaired} tells whether the geometry had to be restructured
 * (see {@link GeoJsonReader}); {@code repairNote} says how, or is null.
 */
public record GeoJsonFeature(int index, Map<String, Object> properties, Geometry geometry, boolean repaired,
        String repairNote) {

    public GeoJsonFeature {
        Objects.requireNonNull(geometry, "geometry");
        // properties may legitimately hold JSON nulls, so Map.copyOf is not an option
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Optional<String> name() {
        return properties.get("name") instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
