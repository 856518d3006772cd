package org.anlan.web;

import java.util.ArrayList;
import java.util.List;

/** Every module's rows of the authorisation matrix. A new module adds its own class and one line here. */
final class AccessRules {

    private AccessRules() {
    }

    static List<AccessRule> all() {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(FoundationAccessRules.rules());
        rules.addAll(DutyAccessRules.rules());
        return rules;
    }
}
