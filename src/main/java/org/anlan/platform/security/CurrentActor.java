package org.anlan.platform.security;

import java.util.Optional;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request or command, read from Spring Security's context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    public static Actor require() {
        return find().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", "error.auth.required"));
    }

    /** Data of a township may be read or changed by county-level actors and by that township's own officers only. */
    public static void requireTownshipAccess(String townshipCode) {
        Actor actor = require();
        if (!actor.mayAccessTownship(townshipCode)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.scope.township", townshipCode);
        }
    }

    public static void requireRole(Role... roles) {
        if (!require().hasAnyRole(roles)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "ROLE_DENIED", "error.role.denied");
        }
    }
}
