package org.anlan.enterprise;

import java.util.Arrays;
import java.util.Locale;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;

/** What an enterprise record must look like before it is saved; township and duplicates need the database. */
final class EnterprisePolicy {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_OFFICERS = 200;

    private EnterprisePolicy() {
    }

    record Checked(String name, UnifiedSocialCreditCode creditCode, Industry industry, String townshipCode,
                   String address, GeoPoint location, boolean aboveScale, StandardisationLevel standardisation,
                   boolean liabilityInsured, String safetyOfficers) {
    }

    static Checked check(EnterpriseDraft draft) {
        if (draft == null) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        String name = text(draft.name());
        if (name == null || name.length() > MAX_NAME) {
            throw ApiException.badRequest("ENTERPRISE_NAME_INVALID", "error.enterprise.name", MAX_NAME);
        }
        String code = text(draft.creditCode());
        var problem = UnifiedSocialCreditCode.problemWith(code == null ? "" : code.toUpperCase(Locale.ROOT));
        if (code == null || problem.isPresent()) {
            throw ApiException.badRequest("ENTERPRISE_CREDIT_CODE_INVALID", "error.enterprise.creditCode",
                    String.valueOf(code), problem.map(CreditCodeProblem::label).orElse(""));
        }
        String township = text(draft.townshipCode());
        if (township == null) {
            throw ApiException.badRequest("ENTERPRISE_TOWNSHIP_UNKNOWN", "error.enterprise.township", "");
        }
        String address = text(draft.address());
        String officers = text(draft.safetyOfficers());
        if ((address != null && address.length() > MAX_ADDRESS) || (officers != null && officers.length() > MAX_OFFICERS)) {
            throw ApiException.badRequest("ENTERPRISE_TEXT_TOO_LONG", "error.enterprise.textTooLong", MAX_ADDRESS);
        }
        return new Checked(name, UnifiedSocialCreditCode.parse(code.toUpperCase(Locale.ROOT)), industry(draft.industry()),
                township, address, location(draft.lat(), draft.lon()), Boolean.TRUE.equals(draft.aboveScale()),
                standardisation(draft.standardisation()), Boolean.TRUE.equals(draft.liabilityInsured()), officers);
    }

    /** An industry by its code (HAZARDOUS_CHEMICALS) or its Chinese label (危险化学品). */
    static Industry industry(String text) {
        String t = text(text);
        if (t != null) {
            for (Industry industry : Industry.values()) {
                if (industry.name().equalsIgnoreCase(t) || industry.label().equals(t)) {
                    return industry;
                }
            }
        }
        throw ApiException.badRequest("ENTERPRISE_INDUSTRY_UNKNOWN", "error.enterprise.industry", String.valueOf(text),
                String.join("、", Arrays.stream(Industry.values()).map(Industry::label).toList()));
    }

    /** A standardisation grade by code (LEVEL_2) or label (二级); blank is NONE. */
    static StandardisationLevel standardisation(String text) {
        String t = text(text);
        if (t == null) {
            return StandardisationLevel.NONE;
        }
        for (StandardisationLevel level : StandardisationLevel.values()) {
            if (level.name().equalsIgnoreCase(t) || level.label().equals(t)) {
                return level;
            }
        }
        throw ApiException.badRequest("ENTERPRISE_STANDARDISATION_UNKNOWN", "error.enterprise.standardisation", t);
    }

    static GeoPoint location(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw ApiException.badRequest("ENTERPRISE_LOCATION_INVALID", "error.enterprise.location");
        }
        if (lat == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("ENTERPRISE_LOCATION_INVALID", "error.enterprise.location");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
