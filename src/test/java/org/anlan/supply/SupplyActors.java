package org.anlan.supply;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a test thread in as a given actor, the way the security filters do for a request. */
final class SupplyActors {

    private SupplyActors() {
    }

    static void signIn(String username, Role role, String townshipCode) {
        var actor = new Actor(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username, username, role,
                townshipCode, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
