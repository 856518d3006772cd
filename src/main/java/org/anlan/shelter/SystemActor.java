package org.anlan.shelter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the platform does by itself (the demo seed, the evacuation plan after a warning) runs as a named system
 * actor with county rights, so other modules' township-scoped APIs accept it and the audit trail names it.
 */
final class SystemActor {

    private SystemActor() {
    }

    static <T> T call(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var actor = new Actor(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name, name, Role.ADMIN,
                null, null);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
