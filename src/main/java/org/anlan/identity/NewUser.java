package org.anlan.identity;

import java.util.UUID;
import org.anlan.platform.security.Role;

/** A user to create. {@code password} null means: generate one and hand it back once. */
public record NewUser(String username, String displayName, Role role, String townshipCode, UUID organisationId,
                      String password) {
}
