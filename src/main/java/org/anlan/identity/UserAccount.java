package org.anlan.identity;

import java.time.Instant;
import java.util.UUID;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.Role;

/** A user account as stored; {@link #asActor()} is what the rest of the platform sees. */
record UserAccount(UUID id, String username, String displayName, String passwordHash, Role role,
                   UUID organisationId, String townshipCode, boolean enabled, int failedAttempts, Instant lockedUntil) {

    Actor asActor() {
        return new Actor(id, username, displayName, role, townshipCode, organisationId);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
