package org.anlan.enterprise;

/**
 * What a caller gives to register or change an enterprise. Codes travel as text and are checked by
 * {@link EnterprisePolicy}; a missing location is the township seat.
 */
public record EnterpriseDraft(String name, String creditCode, String industry, String townshipCode, String address,
                              Double lat, Double lon, Boolean aboveScale, String standardisation,
                              Boolean liabilityInsured, String safetyOfficers) {
}
