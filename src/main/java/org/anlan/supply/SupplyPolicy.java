package org.anlan.supply;

import java.math.BigDecimal;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;

/** Input checks and who may allocate what (属地管理 plus the depot's owner level). */
final class SupplyPolicy {

    static final Role[] MANAGERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};
    static final long MAX_QUANTITY = 100_000_000L;

    private SupplyPolicy() {
    }

    /** A county-owned depot is allocated by the county only; others also by their own township's officers. */
    static void requireAllocator(Depot depot) {
        CurrentActor.requireRole(MANAGERS);
        CurrentActor.requireTownshipAccess(depot.townshipCode());
        if (CurrentActor.require().townshipScoped() && depot.ownerLevel() == ReserveLevel.COUNTY) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.supply.countyOwned", depot.name());
        }
    }

    static boolean mayAllocate(Actor actor, Depot depot) {
        return actor.hasAnyRole(MANAGERS) && actor.mayAccessTownship(depot.townshipCode())
                && !(actor.townshipScoped() && depot.ownerLevel() == ReserveLevel.COUNTY);
    }

    static String actorName() {
        return CurrentActor.find().map(Actor::username).orElse("system");
    }

    static long positiveQuantity(Long quantity) {
        if (quantity == null) {
            throw ApiException.badRequest("SUPPLY_FIELD_REQUIRED", "error.supply.required", "quantity");
        }
        if (quantity <= 0 || quantity > MAX_QUANTITY) {
            throw ApiException.badRequest("SUPPLY_QUANTITY_INVALID", "error.supply.quantity", quantity);
        }
        return quantity;
    }

    static String required(String text, String field, int maxLength) {
        String trimmed = trimmed(text);
        if (trimmed == null) {
            throw ApiException.badRequest("SUPPLY_FIELD_REQUIRED", "error.supply.required", field);
        }
        if (trimmed.length() > maxLength) {
            throw ApiException.badRequest("SUPPLY_FIELD_TOO_LONG", "error.supply.tooLong", field, maxLength);
        }
        return trimmed;
    }

    static String optional(String text, String field, int maxLength) {
        return trimmed(text) == null ? null : required(text, field, maxLength);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static BigDecimal area(BigDecimal area) {
        if (area == null) {
            throw ApiException.badRequest("SUPPLY_FIELD_REQUIRED", "error.supply.required", "areaM2");
        }
        if (area.signum() < 0 || area.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw ApiException.badRequest("SUPPLY_AREA_INVALID", "error.supply.area", area);
        }
        return area;
    }

    static GeoPoint location(Double lat, Double lon) {
        if (lat == null || lon == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
    }
}
