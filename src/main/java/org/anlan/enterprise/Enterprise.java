package org.anlan.enterprise;

import java.time.Instant;
import org.anlan.geo.GeoPoint;

/** An enterprise under safety supervision (企业), as registered. */
public record Enterprise(EnterpriseId id, String name, UnifiedSocialCreditCode creditCode, Industry industry,
                         String townshipCode, String address, GeoPoint location, boolean aboveScale,
                         StandardisationLevel standardisation, boolean liabilityInsured, String safetyOfficers,
                         boolean synthetic, Instant createdAt, Instant updatedAt) {
}
