package org.anlan.warning.cap;

import java.util.Arrays;
import java.util.Optional;

/** The CAP versions read here, told apart by the namespace of the root element. */
public enum CapVersion {
    V1_1("1.1", "urn:oasis:names:tc:emergency:cap:1.1"),
    V1_2("1.2", "urn:oasis:names:tc:emergency:cap:1.2");

    private final String label;
    private final String namespace;

    CapVersion(String label, String namespace) {
        this.label = label;
        this.namespace = namespace;
    }

    public String label() {
        return label;
    }

    public String namespace() {
        return namespace;
    }

    static Optional<CapVersion> byNamespace(String namespace) {
        return Arrays.stream(values()).filter(v -> v.namespace.equals(namespace)).findFirst();
    }
}
