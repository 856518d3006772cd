package org.anlan.platform.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The capabilities of the mission, in the order of the navigation. A capability whose module has not landed
 * yet links to its placeholder page ("建设中"); {@code path} is where the built one lives.
 */
public enum Capability {
    MAP("map", "/map", true),
    INCIDENTS("incidents", "/incidents", true),
    DUTY("duty", "/duty", true),
    DISPATCH("dispatch", "/dispatch", true),
    MONITORING("monitoring", "/monitoring", true),
    TYPHOON("typhoon", "/typhoons", true),
    WARNING("warning", "/warnings", true),
    VESSEL("vessel", "/vessels", true),
    RISK("risk", "/risk", true),
    ENFORCEMENT("enforcement", null, false),
    RESOURCE("resource", "/resources", true),
    SUPPLY("supply", "/supplies", true),
    SHELTER("shelter", "/shelters", true),
    PLAN("plan", null, false),
    KPI("kpi", null, false);

    private final String key;
    private final String path;
    private final boolean built;

    Capability(String key, String path, boolean built) {
        this.key = key;
        this.path = path;
        this.built = built;
    }

    public String key() {
        return key;
    }

    public boolean built() {
        return built;
    }

    public String href() {
        return built ? path : "/capabilities/" + key;
    }

    public String messageKey() {
        return "capability." + key;
    }

    public static Optional<Capability> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
