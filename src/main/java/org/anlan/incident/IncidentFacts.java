package org.anlan.incident;

import java.util.Objects;

/**
 * What is known about an incident for grading.
 *
 * @param directLossYuan direct economic loss in yuan, at least 0
 * @param burnedForestHectares burned forest area (受害森林面积) in hectares, at least 0; null while not yet known
 */
public record IncidentFacts(IncidentType type, Casualties casualties, long directLossYuan, Double burnedForestHectares) {

    public IncidentFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(casualties, "casualties");
        if (directLossYuan < 0) {
            throw new IllegalArgumentException("direct loss must not be negative, got " + directLossYuan);
        }
        if (burnedForestHectares != null && !(Double.isFinite(burnedForestHectares) && burnedForestHectares >= 0)) {
            throw new IllegalArgumentException("burned area must be a finite number >= 0, got " + burnedForestHectares);
        }
    }
}
