package org.anlan.web;

import java.util.ArrayList;
import java.util.List;
import org.anlan.support.ApiClient;

/** Every module's rows of the authorisation matrix. A new module adds its own class and one line here. */
final class AccessRules {

    private AccessRules() {
    }

    static List<AccessRule> all(ApiClient api) {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(FoundationAccessRules.rules());
        rules.addAll(DutyAccessRules.rules());
        rules.addAll(IncidentAccessRules.rules(api));
        rules.addAll(ResourceAccessRules.rules(api));
        rules.addAll(RiskAccessRules.rules(api));
        rules.addAll(TyphoonAccessRules.rules(api));
        return rules;
    }
}
