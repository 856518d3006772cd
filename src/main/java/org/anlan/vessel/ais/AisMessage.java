package org.anlan.vessel.ais;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One decoded AIS message as gpsd's JSON-AIS fields, in gpsd's order; serialise {@link #fields()} as is. */
public record AisMessage(Map<String, Object> fields) {

    public AisMessage {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public int type() {
        return (Integer) fields.get("type");
    }

    public long mmsi() {
        return (Long) fields.get("mmsi");
    }

    public Object get(String field) {
        return fields.get(field);
    }
}
