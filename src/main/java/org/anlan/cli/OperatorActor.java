package org.anlan.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whoever runs the jar's commands has the server's files, so acts as an administrator; the audit trail names
 * them {@code cli:<os user>}.
 */
final class OperatorActor {

    private OperatorActor() {
    }

    static void signIn() {
        String name = "cli:" + System.getProperty("user.name", "operator");
        var actor = new Actor(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name, name, Role.ADMIN, null, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    }
}
