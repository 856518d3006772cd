package org.anlan.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/** Matrix rows of transport plans: a computation for every signed-in user, proposals and confirmations for allocators. */
final class TransportAccessRules {

    private TransportAccessRules() {
    }

    static List<AccessRule> rules() {
        Set<Role> allocators = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        return List.of(
                AccessRule.of("POST", "/api/supplies/transport-plans", AccessRule.EVERYONE).withBody(() -> ApiClient.json(Map.of(
                        "demands", List.of(Map.of("id", "D1", "item", "QUILT", "quantity", 5, "township", AccessRule.SHIPU,
                                "lat", 29.21, "lon", 121.95)),
                        "depots", List.of(Map.of("id", "P1", "level", "COUNTY", "township", AccessRule.SHIPU,
                                "lat", 29.2, "lon", 121.9, "stock", Map.of("QUILT", 10))),
                        "travelMinutes", List.of(List.of(15.0))))),
                AccessRule.of("POST", "/api/supplies/transport-plans/proposals", allocators),
                AccessRule.of("POST", "/api/supplies/transport-plans/confirmations", allocators)
                        .withBody(() -> ApiClient.json(Map.of("demands", List.of()))));
    }
}
