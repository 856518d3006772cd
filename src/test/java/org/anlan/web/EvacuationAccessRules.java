package org.anlan.web;

import java.util.List;
import java.util.Map;
import org.anlan.support.ApiClient;

/** Matrix rows of the evacuation calculator: a pure computation, open to everybody like the other calculators. */
final class EvacuationAccessRules {

    private EvacuationAccessRules() {
    }

    static List<AccessRule> rules() {
        return List.of(AccessRule.open("POST", "/api/evacuation/plans").withBody(() -> ApiClient.json(Map.of(
                "villages", List.of(Map.of("id", "石浦村", "people", 40, "lat", 29.21, "lon", 121.95)),
                "shelters", List.of(Map.of("id", "石浦中心小学", "capacity", 100, "lat", 29.20, "lon", 121.94))))));
    }
}
