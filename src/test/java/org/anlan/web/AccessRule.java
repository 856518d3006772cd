package org.anlan.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.anlan.platform.security.Role;

/** One row of the authorisation matrix: a request, who may make it, and whether it is open to the public. */
record AccessRule(String method, String path, Supplier<String> body, Set<Role> allowed, boolean publicAccess,
                  boolean expectSuccess) {

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    static AccessRule of(String method, String path, Set<Role> allowed) {
        return new AccessRule(method, path, null, allowed, false, true);
    }

    static AccessRule open(String method, String path) {
        return new AccessRule(method, path, null, EVERYONE, true, true);
    }

    AccessRule withBody(Supplier<String> supplier) {
        return new AccessRule(method, path, supplier, allowed, publicAccess, expectSuccess);
    }

    /** For requests whose business outcome differs by caller (a conflict, say): only access is checked. */
    AccessRule accessOnly() {
        return new AccessRule(method, path, body, allowed, publicAccess, false);
    }
}
