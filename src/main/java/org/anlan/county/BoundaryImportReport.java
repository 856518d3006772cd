package org.anlan.county;

import java.util.List;

/** What a boundary import changed: the townships updated and the features repaired on the way. */
public record BoundaryImportReport(String source, int features, List<String> updatedTownships, List<String> repairs) {
}
