package org.anlan.risk;

import java.math.BigDecimal;
import java.util.List;

/**
 * A GB 18218-2018 catalogue entry: critical quantity Q in tonnes (MH-04) and correction factor β (MH-07),
 * with the basis of β (Table 3 toxic gas, or the Table 4 hazard category) kept for the calculation record.
 */
public record HazardousSubstance(String name, List<String> aliases, String cas, BigDecimal criticalQuantity,
        BigDecimal beta, String betaBasis) {

    public HazardousSubstance {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("substance name is required");
        }
        if (criticalQuantity == null || criticalQuantity.signum() <= 0 || beta == null || beta.signum() <= 0) {
            throw new IllegalArgumentException("Q and β must be positive for " + name);
        }
        aliases = List.copyOf(aliases);
    }

    boolean isCalled(String normalisedName) {
        return HazardousSubstanceCatalogue.normalise(name).equals(normalisedName)
                || normalisedName.equals(cas)
                || aliases.stream().map(HazardousSubstanceCatalogue::normalise).anyMatch(normalisedName::equals);
    }
}
