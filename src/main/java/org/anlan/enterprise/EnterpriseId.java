package org.anlan.enterprise;

import java.util.Objects;
import java.util.UUID;

/** Identity of an enterprise, the only way other modules refer to one. */
public record EnterpriseId(UUID value) {

    public EnterpriseId {
        Objects.requireNonNull(value, "value");
    }

    public static EnterpriseId random() {
        return new EnterpriseId(UUID.randomUUID());
    }
}
