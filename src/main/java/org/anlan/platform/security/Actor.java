package org.anlan.platform.security;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is acting: the signed-in user as every module sees it. A township-bound actor carries the code
 * of the only township whose data they may read or change.
 */
public record Actor(UUID userId, String username, String displayName, Role role, String townshipCode,
                    UUID organisationId) implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role.townshipBound() && townshipCode == null) {
            throw new IllegalArgumentException("A " + role + " must belong to a township");
        }
    }

    public boolean townshipScoped() {
        return role.townshipBound();
    }

    public boolean mayAccessTownship(String code) {
        return !townshipScoped() || townshipCode.equals(code);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }
}
