package org.anlan.risk;

import java.util.Objects;
import java.util.UUID;

public record HiddenHazardId(UUID value) {

    public HiddenHazardId {
        Objects.requireNonNull(value, "value");
    }

    public static HiddenHazardId random() {
        return new HiddenHazardId(UUID.randomUUID());
    }
}
