package org.anlan.resource;

import java.util.List;
import java.util.regex.Pattern;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;

/**
 * What a team, expert or piece of equipment must look like before it is saved. Facts that need the database
 * (townships, duplicates, the holding team) are checked by {@link RescueForces}.
 */
final class ResourcePolicy {

    static final int MAX_HEADCOUNT = 5_000;
    static final int MAX_VEHICLES = 1_000;
    static final int MAX_QUANTITY = 100_000;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,40}");

    private ResourcePolicy() {
    }

    static void check(TeamDraft team) {
        requireText(team.name(), 80, "TEAM_NAME_INVALID", "error.team.name");
        if (team.kind() == null) {
            throw ApiException.badRequest("TEAM_KIND_UNKNOWN", "error.team.kind", "",
                    String.join(", ", java.util.Arrays.stream(TeamKind.values()).map(Enum::name).toList()));
        }
        if (team.headcount() == null || team.headcount() < 1 || team.headcount() > MAX_HEADCOUNT) {
            throw ApiException.badRequest("TEAM_HEADCOUNT_INVALID", "error.team.headcount", MAX_HEADCOUNT);
        }
        if (team.vehicles() != null && (team.vehicles() < 0 || team.vehicles() > MAX_VEHICLES)) {
            throw ApiException.badRequest("TEAM_VEHICLES_INVALID", "error.team.vehicles", MAX_VEHICLES);
        }
        if (team.capabilities() == null || team.capabilities().isEmpty()) {
            throw ApiException.badRequest("TEAM_CAPABILITY_REQUIRED", "error.team.capabilityRequired");
        }
        Capabilities.requireKnown(team.capabilities());
        boolean policyGiven = hasText(team.insurer()) && team.insuranceExpires() != null;
        boolean anyPolicyField = hasText(team.insurer()) || team.insuranceExpires() != null;
        if (team.insured() ? !policyGiven : anyPolicyField) {
            throw ApiException.badRequest("TEAM_INSURANCE_INVALID", "error.team.insurance");
        }
        optionalText(team.insurer(), 100, "TEAM_INSURANCE_INVALID", "error.team.insurance");
        optionalText(team.leader(), 40, "TEAM_LEADER_INVALID", "error.team.leader");
        optionalText(team.equipmentSummary(), 500, "TEAM_EQUIPMENT_TOO_LONG", "error.team.equipmentSummary");
        checkPhone(team.phone());
        location(team.lat(), team.lon());
    }

    static void check(ExpertDraft expert) {
        requireText(expert.name(), 40, "EXPERT_NAME_INVALID", "error.expert.name");
        List<String> specialities = expert.specialities();
        if (specialities == null || specialities.isEmpty() || specialities.size() > 10
                || specialities.stream().anyMatch(s -> !hasText(s) || s.trim().length() > 40)) {
            throw ApiException.badRequest("EXPERT_SPECIALITY_INVALID", "error.expert.speciality");
        }
        requireText(expert.organisation(), 100, "EXPERT_ORGANISATION_INVALID", "error.expert.organisation");
        checkPhone(expert.phone());
    }

    static void check(EquipmentDraft equipment) {
        requireText(equipment.name(), 80, "EQUIPMENT_NAME_INVALID", "error.equipment.name");
        if (equipment.kind() == null) {
            throw ApiException.badRequest("EQUIPMENT_KIND_UNKNOWN", "error.equipment.kind", "",
                    String.join(", ", java.util.Arrays.stream(EquipmentKind.values()).map(Enum::name).toList()));
        }
        if (equipment.quantity() == null || equipment.quantity() < 1 || equipment.quantity() > MAX_QUANTITY) {
            throw ApiException.badRequest("EQUIPMENT_QUANTITY_INVALID", "error.equipment.quantity", MAX_QUANTITY);
        }
        if ((equipment.teamId() == null) == !hasText(equipment.depot())) {
            throw ApiException.badRequest("EQUIPMENT_HOLDER_INVALID", "error.equipment.holder");
        }
        optionalText(equipment.depot(), 80, "EQUIPMENT_HOLDER_INVALID", "error.equipment.holder");
        if (equipment.teamId() == null && !hasText(equipment.townshipCode())) {
            throw ApiException.badRequest("EQUIPMENT_TOWNSHIP_REQUIRED", "error.equipment.township");
        }
        location(equipment.lat(), equipment.lon());
    }

    /** The point given by a pair of optional coordinates, or null when neither is given. */
    static GeoPoint location(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw ApiException.badRequest("RESOURCE_LOCATION_INCOMPLETE", "error.resource.locationIncomplete");
        }
        if (lat == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
    }

    static String trimmed(String text) {
        return hasText(text) ? text.trim() : null;
    }

    private static void checkPhone(String phone) {
        if (hasText(phone) && !PHONE.matcher(phone.trim()).matches()) {
            throw ApiException.badRequest("RESOURCE_PHONE_INVALID", "error.resource.phone");
        }
    }

    private static void requireText(String text, int maxLength, String code, String key) {
        if (!hasText(text) || text.trim().length() > maxLength) {
            throw ApiException.badRequest(code, key, maxLength);
        }
    }

    private static void optionalText(String text, int maxLength, String code, String key) {
        if (hasText(text) && text.trim().length() > maxLength) {
            throw ApiException.badRequest(code, key, maxLength);
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
