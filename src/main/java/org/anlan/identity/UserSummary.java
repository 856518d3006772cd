package org.anlan.identity;

import java.time.Instant;
import java.util.UUID;
import org.anlan.platform.security.Role;

/** A user as listed to administrators (never with the password hash). */
public record UserSummary(UUID id, String username, String displayName, Role role, String roleCode, UUID organisationId,
                          String townshipCode, boolean enabled, boolean locked, Instant lockedUntil) {
}
