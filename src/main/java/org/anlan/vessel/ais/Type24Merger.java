package org.anlan.vessel.ais;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps type 24 part A per MMSI until its part B arrives, then yields one record with the fields of both.
 * Parts of different vessels may interleave; the oldest pending part A is forgotten beyond {@code capacity}.
 */
final class Type24Merger {

    private final Map<Long, String> pendingNames;

    Type24Merger(int capacity) {
        this.pendingNames = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > capacity;
            }
        };
    }

    void partA(Map<String, Object> fields) {
        pendingNames.put((Long) fields.get("mmsi"), (String) fields.get("shipname"));
    }

    /** The merged record, or {@code null} for a part B without a part A. */
    Map<String, Object> partB(Map<String, Object> fields) {
        String name = pendingNames.remove((Long) fields.get("mmsi"));
        if (name == null) {
            return null;
        }
        Map<String, Object> merged = new LinkedHashMap<>(fields.size() + 1);
        fields.forEach((key, value) -> {
            if (!key.equals("partno")) {
                merged.put(key, value);
            }
            if (key.equals("scaled")) {
                merged.put("shipname", name);
            }
        });
        return merged;
    }

    int pending() {
        return pendingNames.size();
    }
}
