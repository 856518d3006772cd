package org.anlan.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of the county's emergency organisation. The message key {@code role.<code>} names each in the UI. */
public enum Role {
    ADMIN("admin"),
    COMMANDER("commander"),
    DUTY_OFFICER("duty"),
    DEPARTMENT_OFFICER("dept"),
    TOWNSHIP_OFFICER("township"),
    GRID_MEMBER("grid"),
    ENTERPRISE_OFFICER("enterprise"),
    INSPECTOR("inspector"),
    AUDITOR("auditor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose holders act for one township only (属地管理). */
    public boolean townshipBound() {
        return this == TOWNSHIP_OFFICER || this == GRID_MEMBER;
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        return Arrays.stream(values())
                .filter(role -> role.code.equalsIgnoreCase(wanted) || role.name().equals(wanted.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
