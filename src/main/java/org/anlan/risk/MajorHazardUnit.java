package org.anlan.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A production or storage unit an enterprise declares under GB 18218-2018 (MH-01), with its design maximum
 * quantities (MH-02) and exposed population, and the assessment computed from them, step by step.
 */
public record MajorHazardUnit(UUID id, UUID enterpriseId, String townshipCode, String name, String unitKind,
                              int exposedPopulation, List<DeclaredQuantity> substances, MajorHazardAssessment assessment,
                              boolean synthetic, Instant declaredAt) {
}
