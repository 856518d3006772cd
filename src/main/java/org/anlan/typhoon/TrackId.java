package org.anlan.typhoon;

import java.util.Objects;
import java.util.UUID;

/** A stored track's id. */
public record TrackId(UUID value) {

    public TrackId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
